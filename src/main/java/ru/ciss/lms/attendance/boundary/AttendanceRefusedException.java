package ru.ciss.lms.attendance.boundary;

import ru.ciss.lms.platform.rules.RefusedException;

/** A scheduling, marking or check-in request the rules refuse; the key names the text that says why. */
public class AttendanceRefusedException extends RefusedException {

    public AttendanceRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** A request refused for what is in its fields, every problem with its field. */
    public AttendanceRefusedException(String messageKey, java.util.List<Problem> problems) {
        super(messageKey, problems);
    }
}
