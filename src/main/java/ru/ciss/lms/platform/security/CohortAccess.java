package ru.ciss.lms.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one check of who may act on a cohort as its staff: administrators, and the mentors of that cohort. Trainees see
 * only their own records, through other methods. Boundaries answer anything else as if the cohort did not exist.
 *
 * <p>It reads the membership table by name (SQL on the course feature's {@code cohort_member}) rather than through
 * a feature's classes, because platform sits below every feature and may not import one. Native SQL: every page of a
 * mentor asks this, and EclipseLink generates a JPQL column query's SQL anew at each execution (see NativeRows).
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
        return !em.createNativeQuery("SELECT 1 FROM cohort_member WHERE person_id = ? AND cohort_id = ? AND role = ? "
                        + "LIMIT 1").setParameter(1, personId).setParameter(2, cohortId).setParameter(3, role.name())
                .getResultList().isEmpty();
    }
}
