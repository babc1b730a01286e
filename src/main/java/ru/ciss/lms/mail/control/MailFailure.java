package ru.ciss.lms.mail.control;

import java.io.Serial;

/**
 * A message was not sent.
 *
 * <p>{@link #permanent()} tells the outbox whether trying again can help: an address that is malformed or that the
 * server refused stays wrong, while a server that is down, slow, answers "try later" (4xx) or refuses our sign-in
 * (which the administrator can fix) may take the message later.
 */
public final class MailFailure extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** True when sending the same message again will fail the same way. */
    public boolean permanent() {
        return permanent;
    }
}
