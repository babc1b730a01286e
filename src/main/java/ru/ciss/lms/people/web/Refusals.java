package ru.ciss.lms.people.web;

import ru.ciss.lms.people.boundary.ConcurrentEditException;
import ru.ciss.lms.people.boundary.PeopleRuleException;
import ru.ciss.lms.platform.web.Texts;

/** Runs a change and turns the boundary's refusals into messages; tells whether the change went through. */
final class Refusals {

    interface Change {
        void run();
    }

    static boolean attempt(String messageFor, Change change) {
        try {
            change.run();
            return true;
        } catch (ConcurrentEditException e) {
            Texts.error(messageFor, "people.edit.concurrent");
        } catch (PeopleRuleException e) {
            Texts.error(messageFor, e.messageKey());
        }
        return false;
    }

    private Refusals() {
    }
}
