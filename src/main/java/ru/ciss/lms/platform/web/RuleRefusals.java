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
            fields(refused, null);
            return true;
        }
        throw e;
    }

    /**
     * Like {@link #show}, with a refused file (its key starts with {@code files.}: empty, unreadable, too large, of
     * the wrong type...) shown at the file field that brought it, whose client id is given.
     */
    public static boolean show(RuntimeException e, String clientId, String fileField) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RefusedException refused && refused.messageKey().startsWith("files.")) {
            return show(e, fileField);
        }
        return show(e, clientId);
    }

    /**
     * Like {@link #show}, with a refusal whose message key is in the map shown at that field (a client id); the key
     * {@code "files."} stands for every refused file. Other refusals go to the page.
     */
    public static boolean showAt(RuntimeException e, java.util.Map<String, String> fieldByKey) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RefusedException refused) {
            String key = refused.messageKey();
            String field = fieldByKey.getOrDefault(key, key.startsWith("files.") ? fieldByKey.get("files.") : null);
            return show(e, field);
        }
        throw e;
    }

    /**
     * Like {@link #show}, with the problems of single fields attached to those fields of the given form (their
     * client ids are the form's id, ':', and the problem's field path), where the page shows them next to the field.
     */
    public static boolean showOnFields(RuntimeException e, String formId) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RefusedException refused) {
            Texts.error(null, refused.messageKey(), refused.args());
            fields(refused, formId);
            return true;
        }
        throw e;
    }

    private static void fields(RefusedException refused, String formId) {
        for (RefusedException.Problem problem : refused.problems()) {
            String clientId = problem.field() == null ? null
                    : formId == null ? problem.field() : formId + ":" + problem.field();
            Texts.error(clientId, problem.messageKey(), problem.args());
        }
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
