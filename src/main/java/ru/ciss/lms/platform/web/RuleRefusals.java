package ru.ciss.lms.assignments.web;

import jakarta.ejb.EJBException;
import ru.ciss.lms.assignments.boundary.AssignmentRefusedException;
import ru.ciss.lms.files.boundary.FileRefusedException;
import ru.ciss.lms.platform.web.Texts;

/** Turns the refusals of the assignment boundaries into a message at the form, in the reader's language. */
final class Refusals {

    private Refusals() {
    }

    /** Answers true when the exception was a refusal and its message was shown; anything else is rethrown. */
    static boolean show(RuntimeException e, String clientId) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof AssignmentRefusedException refused) {
            Texts.error(clientId, refused.messageKey(), refused.args());
            return true;
        }
        if (cause instanceof FileRefusedException refused) {
            Texts.error(clientId, refused.key(), refused.args());
            return true;
        }
        throw e;
    }
}
