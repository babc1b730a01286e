package ru.ciss.lms.assignments.boundary;

import jakarta.ejb.ApplicationException;

/** An answer, upload or decision the rules refuse; the key names the text that says why. Nothing is saved. */
@ApplicationException(rollback = true)
public class AssignmentRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public AssignmentRefusedException(String messageKey, Object... args) {
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
