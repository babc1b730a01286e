package ru.ciss.lms.enrolment.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.people.OrganisationKind;

/**
 * One trainee as read from the file. {@code line} is the 1-based physical line the record starts on, so an
 * administrator can find it in Excel. Text cells are stripped and null when empty; {@code districtId} and
 * {@code organisationKind} are null when blank or not recognised (then {@code problems} says so); so is
 * {@code enrolledOn} (the «Зачислен с» column), which is also null when the file has no such column.
 */
public record RosterRow(int line, String surname, String givenName, String patronymic, String email, String phone,
                        Integer districtId, String organisation, OrganisationKind organisationKind, String position,
                        List<RosterProblem> problems, LocalDate enrolledOn) implements Serializable {

    public RosterRow {
        problems = List.copyOf(problems);
    }

    /** A row without an enrolment date of its own. */
    public RosterRow(int line, String surname, String givenName, String patronymic, String email, String phone,
            Integer districtId, String organisation, OrganisationKind organisationKind, String position,
            List<RosterProblem> problems) {
        this(line, surname, givenName, patronymic, email, phone, districtId, organisation, organisationKind, position,
                problems, null);
    }
}
