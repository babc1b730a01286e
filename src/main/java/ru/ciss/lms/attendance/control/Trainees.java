package ru.ciss.lms.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.ciss.lms.people.Gender;
import ru.ciss.lms.people.GenderedWords;
import ru.ciss.lms.people.OrganisationKind;
import ru.ciss.lms.platform.database.NativeRows;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/** A cohort's trainees as attendance sees them: name, district, and from which day they are expected. */
@ApplicationScoped
public class Trainees {

    /**
     * {@code gender}: the one the words about the trainee follow («присутствовала»), set on the person or told by the
     * patronymic; null when neither tells (then the neutral «присутствовал(а)»).
     */
    public record Trainee(long personId, String fullName, String district, OrganisationKind organisationKind,
                          Instant enrolledAt, LocalDate leftOn, Gender gender) implements Serializable {
        /**
         * Someone enrolled after a day, or who had left before it, was never expected on it: that day is "not
         * expected", never "absent". The day they left is their last expected day.
         */
        public boolean expectedOn(LocalDate day) {
            return !enrolledOn().isAfter(day) && (leftOn == null || !day.isAfter(leftOn));
        }

        /** The day of the enrolment in Omsk, from which the trainee is expected. */
        public LocalDate enrolledOn() {
            return LocalDate.ofInstant(enrolledAt, SchoolClock.ZONE);
        }
    }

    // Native SQL: EclipseLink builds a column query's SQL anew at every execution (see NativeRows), and the attendance
    // grid, every mentor's most used page, reads its trainees here (issue #25).
    private static final String SELECT = "SELECT m.person_id, p.surname, p.given_name, p.patronymic, d.name_ru, "
            + "m.enrolled_at, m.cohort_id, o.kind, m.left_on, p.gender FROM cohort_member m "
            + "JOIN person p ON p.id = m.person_id LEFT JOIN district d ON d.id = p.district_id "
            + "LEFT JOIN organisation o ON o.id = p.organisation_id "
            + "WHERE m.role = ?";
    private static final String QUERY = SELECT + " AND m.cohort_id = ?";

    @PersistenceContext
    EntityManager em;

    /** In the order of the register: by surname, given name. */
    public List<Trainee> of(long cohortId) {
        return NativeRows.rows(em.createNativeQuery(QUERY + " ORDER BY p.surname, p.given_name, p.id")
                .setParameter(1, Role.TRAINEE.name()).setParameter(2, cohortId)).stream().map(Trainees::trainee).toList();
    }

    public Optional<Trainee> one(long cohortId, long personId) {
        return NativeRows.rows(em.createNativeQuery(QUERY + " AND m.person_id = ?").setParameter(1, Role.TRAINEE.name())
                .setParameter(2, cohortId).setParameter(3, personId)).stream().findFirst().map(Trainees::trainee);
    }

    /** The person as a trainee of each of their cohorts, by cohort id: one query however many cohorts. */
    public java.util.Map<Long, Trainee> asTraineeByCohort(long personId) {
        java.util.Map<Long, Trainee> byCohort = new java.util.HashMap<>();
        NativeRows.rows(em.createNativeQuery(SELECT + " AND m.person_id = ?").setParameter(1, Role.TRAINEE.name())
                .setParameter(2, personId)).forEach(row -> byCohort.put(NativeRows.asLong(row[6]), trainee(row)));
        return byCohort;
    }

    private static Trainee trainee(Object[] row) {
        String name = (row[1] + " " + row[2] + (row[3] == null ? "" : " " + row[3])).strip();
        return new Trainee(NativeRows.asLong(row[0]), name, (String) row[4],
                NativeRows.asEnum(OrganisationKind.class, row[7]), NativeRows.asInstant(row[5]),
                NativeRows.asDate(row[8]), GenderedWords.of(NativeRows.asEnum(Gender.class, row[9]), (String) row[3]));
    }
}
