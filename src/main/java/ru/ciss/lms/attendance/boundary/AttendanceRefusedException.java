package ru.ciss.lms.attendance.boundary;

import ru.ciss.lms.platform.rules.RefusedException;

/** A scheduling, marking or check-in request the rules refuse; the key names the text that says why. */
public class AttendanceRefusedException extends RefusedException {

    public AttendanceRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
