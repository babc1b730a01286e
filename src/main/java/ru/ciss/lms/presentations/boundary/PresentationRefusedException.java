package ru.ciss.lms.presentations.boundary;

import ru.ciss.lms.platform.rules.RefusedException;

/** A plan, allocation, score or moderation the rules refuse; the key names the text that says why. */
public class PresentationRefusedException extends RefusedException {

    public PresentationRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** A plan refused for values in its fields, every one named with its field. */
    public PresentationRefusedException(String messageKey, java.util.List<Problem> problems) {
        super(messageKey, problems);
    }
}
