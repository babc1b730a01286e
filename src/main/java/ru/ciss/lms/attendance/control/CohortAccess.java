package ru.ciss.lms.attendance.control;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ciss.lms.people.entity.Role;

/**
 * Who may see or mark a cohort's attendance: administrators, and the mentors of that cohort. Trainees see only
 * their own record, through other methods. Anything else answers as if the cohort did not exist.
 */
@ApplicationScoped
public class CohortAccess {

    @PersistenceContext
    EntityManager em;

    public boolean isAdministrator(SessionContext caller) {
        return caller.isCallerInRole(Role.ADMINISTRATOR_NAME);
    }

    public boolean mayMark(SessionContext caller, long cohortId) {
        return isAdministrator(caller) || isMember(callerId(caller), cohortId, Role.MENTOR);
    }

    public boolean isMember(long personId, long cohortId, Role role) {
        return !em.createQuery("SELECT m.id FROM CohortMember m WHERE m.personId = :person AND m.cohort.id = :cohort "
                        + "AND m.role = :role", Long.class).setParameter("person", personId)
                .setParameter("cohort", cohortId).setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    public static long callerId(SessionContext caller) {
        return Long.parseLong(caller.getCallerPrincipal().getName());
    }
}
