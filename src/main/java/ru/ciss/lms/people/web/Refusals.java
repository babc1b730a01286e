package ru.ciss.lms.people.web;

import java.util.Map;
import ru.ciss.lms.people.boundary.ConcurrentEditException;
import ru.ciss.lms.people.boundary.PeopleRuleException;
import ru.ciss.lms.platform.web.Texts;

/** Runs a change and turns the boundary's refusals into messages; tells whether the change went through. */
final class Refusals {

    interface Change {
        void run();
    }

    /** Refusals that concern one field of the person forms, by message key: the field's id in the form. */
    private static final Map<String, String> FIELDS = Map.of("people.email.taken", "email",
            "people.organisation.tooLong", "organisation");

    static boolean attempt(String messageFor, Change change) {
        return attempt(messageFor, null, change);
    }

    /** The same, with a refusal that concerns a field of the given form shown at that field. */
    static boolean attempt(String messageFor, String formId, Change change) {
        try {
            change.run();
            return true;
        } catch (ConcurrentEditException e) {
            Texts.error(messageFor, "people.edit.concurrent");
        } catch (PeopleRuleException e) {
            String field = formId == null ? null : FIELDS.get(e.messageKey());
            Texts.error(field == null ? messageFor : formId + ":" + field, e.messageKey());
        }
        return false;
    }

    private Refusals() {
    }
}
