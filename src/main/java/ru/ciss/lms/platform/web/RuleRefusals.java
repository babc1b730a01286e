package ru.ciss.lms.platform.web;

import jakarta.ejb.EJBException;
import ru.ciss.lms.platform.rules.RefusedException;

/** Turns the refusals of the boundaries into a message at the form, in the reader's language. */
public final class RuleRefusals {

    private RuleRefusals() {
    }

    /** Answers true when the exception was a refusal and its message was shown; anything else is rethrown. */
    public static boolean show(RuntimeException e, String clientId) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RefusedException refused) {
            Texts.error(clientId, refused.messageKey(), refused.args());
            return true;
        }
        throw e;
    }

    /**
     * The refusal an EJB call ended with, unwrapped from the container's EJBException, or null when it ended with
     * something else; servlets and pages answer a refusal with 404 (a stranger's file "does not exist").
     */
    public static Throwable refusal(RuntimeException e, Class<?>... refusals) {
        Throwable cause = e instanceof jakarta.ejb.EJBException && e.getCause() != null ? e.getCause() : e;
        for (Class<?> refusal : refusals) {
            if (refusal.isInstance(cause)) {
                return cause;
            }
            if (refusal.isInstance(e)) {
                return e; // the container's own refusal, e.g. EJBAccessException, whatever its cause
            }
        }
        return null;
    }
}
