package ru.ciss.lms.enrolment.boundary;

import ru.ciss.lms.platform.rules.RefusedException;

/**
 * The enrolment was refused as a whole; the key names the text that says why. Nothing was saved. A refusal like
 * any other feature's, so the REST API answers it as one (409 with the page's text).
 */
public class EnrolmentRefusedException extends RefusedException {

    public EnrolmentRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /** What the text says about this refusal (e.g. what stands in the way of undoing an import). */
    public Object[] arguments() {
        return args();
    }
}
