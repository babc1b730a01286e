package ru.ciss.lms.enrolment.boundary;

import jakarta.ejb.ApplicationException;

/** The enrolment was refused as a whole; the key names the text that says why. Nothing was saved. */
@ApplicationException(rollback = true)
public class EnrolmentRefusedException extends RuntimeException {

    private final String messageKey;

    public EnrolmentRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
