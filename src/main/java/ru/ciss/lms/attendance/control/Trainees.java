package ru.ciss.lms.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ru.ciss.lms.people.OrganisationKind;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/** A cohort's trainees as attendance sees them: name, district, and from which day they are expected. */
@ApplicationScoped
public class Trainees {

    public record Trainee(long personId, String fullName, String district, OrganisationKind organisationKind,
                          Instant enrolledAt, LocalDate leftOn) implements Serializable {
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

    private static final String SELECT = "SELECT m.personId, p.surname, p.givenName, p.patronymic, d.nameRu, "
            + "m.enrolledAt, m.cohort.id, o.kind, m.leftOn FROM CohortMember m, Person p LEFT JOIN p.district d "
            + "LEFT JOIN p.organisation o WHERE p.id = m.personId AND m.role = :role";
    private static final String QUERY = SELECT + " AND m.cohort.id = :cohort";

    @PersistenceContext
    EntityManager em;

    /** In the order of the register: by surname, given name. */
    public List<Trainee> of(long cohortId) {
        return em.createQuery(QUERY + " ORDER BY p.surname, p.givenName, p.id", Object[].class)
                .setParameter("cohort", cohortId).setParameter("role", Role.TRAINEE).getResultList().stream()
                .map(Trainees::trainee).toList();
    }

    public Optional<Trainee> one(long cohortId, long personId) {
        return em.createQuery(QUERY + " AND m.personId = :person", Object[].class).setParameter("cohort", cohortId)
                .setParameter("role", Role.TRAINEE).setParameter("person", personId).getResultStream()
                .findFirst().map(Trainees::trainee);
    }

    /** The person as a trainee of each of their cohorts, by cohort id: one query however many cohorts. */
    public java.util.Map<Long, Trainee> asTraineeByCohort(long personId) {
        java.util.Map<Long, Trainee> byCohort = new java.util.HashMap<>();
        em.createQuery(SELECT + " AND m.personId = :person", Object[].class).setParameter("role", Role.TRAINEE)
                .setParameter("person", personId).getResultList()
                .forEach(row -> byCohort.put((Long) row[6], trainee(row)));
        return byCohort;
    }

    private static Trainee trainee(Object[] row) {
        String name = (row[1] + " " + row[2] + (row[3] == null ? "" : " " + row[3])).strip();
        return new Trainee((Long) row[0], name, (String) row[4], (OrganisationKind) row[7], (Instant) row[5],
                (LocalDate) row[8]);
    }
}
