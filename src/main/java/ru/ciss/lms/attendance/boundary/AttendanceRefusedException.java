package ru.ciss.lms.attendance.boundary;

import jakarta.ejb.ApplicationException;

/** A scheduling, marking or check-in request the rules refuse; the key names the text that says why. */
@ApplicationException(rollback = true)
public class AttendanceRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public AttendanceRefusedException(String messageKey, Object... args) {
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
