package ru.ciss.lms.platform.rules;

import jakarta.ejb.ApplicationException;

/**
 * A request the rules refuse, with a message key that says why (and its arguments). It rolls the transaction back,
 * so nothing of the refused request is saved; each feature names its own subclass, the pages show them alike.
 */
@ApplicationException(rollback = true, inherited = true)
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public RefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }
}
