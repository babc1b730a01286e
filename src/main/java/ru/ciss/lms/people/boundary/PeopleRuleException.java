package ru.ciss.lms.people.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request the rules refuse (a duplicate e-mail, a wrong current password, ...). The message key names the text
 * shown to the user, in their language.
 */
@ApplicationException(rollback = true)
public class PeopleRuleException extends RuntimeException {

    private final String messageKey;

    public PeopleRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
