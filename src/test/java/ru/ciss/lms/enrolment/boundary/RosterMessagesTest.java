package ru.ciss.lms.enrolment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.enrolment.control.RosterProblem;

/** Every problem of a roster line names the field to correct: the REST API hands it to the client with the words. */
class RosterMessagesTest {

    /** The roster's column keys, which are also the REST API's properties of a person to enrol. */
    static final List<String> FIELDS = List.of("surname", "givenName", "patronymic", "email", "phone", "district",
            "organisation", "organisationKind", "position", "enrolledOn");

    @Test
    void everyLineProblemIsAboutOneOfTheRostersFields() {
        for (String key : RosterProblem.KEYS.stream().filter(k -> k.startsWith("enrolment.row.")).toList()) {
            // a field-naming problem carries the field's key first; the others carry the value that was wrong
            String field = RosterMessages.field(new RosterProblem(key, "givenName", 3, "01.01.2026"));
            assertTrue(FIELDS.contains(field), key + " -> " + field);
        }
    }

    @Test
    void theFieldIsTheOneTheProblemNames() {
        assertEquals("patronymic", RosterMessages.field(new RosterProblem("enrolment.row.tooLong", "patronymic", 100)));
        assertEquals("email", RosterMessages.field(new RosterProblem("enrolment.row.duplicateEmail", "a@b.org", 2)));
        assertEquals("district", RosterMessages.field(new RosterProblem("enrolment.row.unknownDistrict", "Атлантида")));
    }
}
