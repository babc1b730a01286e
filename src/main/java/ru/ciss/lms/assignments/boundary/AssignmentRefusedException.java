package ru.ciss.lms.assignments.boundary;

import ru.ciss.lms.platform.rules.RefusedException;

/** An answer, upload or decision the rules refuse; the key names the text that says why. Nothing is saved. */
public class AssignmentRefusedException extends RefusedException {

    public AssignmentRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
