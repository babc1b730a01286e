package ru.ciss.lms.outcomes;

import ru.ciss.lms.platform.rules.RefusedException;

/** An outcome the rules refuse; the key names the text that says why, nothing is saved. */
public class OutcomeRefusedException extends RefusedException {

    public OutcomeRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** An outcome refused for what is in its fields, every problem with its field. */
    public OutcomeRefusedException(String messageKey, java.util.List<Problem> problems) {
        super(messageKey, problems);
    }
}
