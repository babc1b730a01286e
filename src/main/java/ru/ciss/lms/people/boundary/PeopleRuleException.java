package ru.ciss.lms.people.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request the rules refuse (a duplicate e-mail, a wrong current password, ...). The message key names the text
 * shown to the user, in their language.
 */
@ApplicationException(rollback = true)
public class PeopleRuleException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    public PeopleRuleException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    /** The values the message names (e.g. the minutes of a lock). */
    public Object[] args() {
        return args.clone();
    }
}
