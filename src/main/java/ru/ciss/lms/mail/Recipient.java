package ru.ciss.lms.mail;

import java.util.Locale;

/**
 * Who a notice goes to, as the mail needs them: the address, the name on the envelope, the words a letter opens with
 * («Имя Отчество») and the language they read in.
 */
public record Recipient(long personId, String email, String fullName, String addressedAs, Locale locale) {

    public boolean reachable() {
        return email != null && !email.isBlank();
    }
}
