package ru.ciss.lms.enrolment.boundary;

import jakarta.ejb.ApplicationException;

/** The enrolment was refused as a whole; the key names the text that says why. Nothing was saved. */
@ApplicationException(rollback = true)
public class EnrolmentRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public EnrolmentRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** What the text says about this refusal (e.g. what stands in the way of undoing an import). */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }
}
