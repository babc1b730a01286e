package ru.ciss.lms.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one check of who may act on a cohort as its staff: administrators, and the mentors of that cohort. Trainees see
 * only their own records, through other methods. Boundaries answer anything else as if the cohort did not exist.
 *
 * <p>It reads the membership table by name (JPQL on the course feature's {@code CohortMember}) rather than through
 * a feature's classes, because platform sits below every feature and may not import one.
 */
@ApplicationScoped
public class CohortAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** Whether the signed-in person may see and change this cohort's records as its administrator or mentor. */
    public boolean mayMark(long cohortId) {
        return caller.isAdministrator() || isMember(caller.id(), cohortId, Role.MENTOR);
    }

    public boolean isMember(long personId, long cohortId, Role role) {
        return !em.createQuery("SELECT m.id FROM CohortMember m WHERE m.personId = :person AND m.cohort.id = :cohort "
                        + "AND m.role = :role", Long.class).setParameter("person", personId)
                .setParameter("cohort", cohortId).setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }
}
