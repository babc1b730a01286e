package ru.ciss.lms.assignments.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import ru.ciss.lms.assignments.SubmissionState;

/**
 * What other features may know of the assignments: which modules' answers were accepted, per trainee of a cohort
 * (the certificate rules read it). One query for the whole cohort; runs in the caller's transaction and checks no
 * caller, since the reading feature has already decided who may ask.
 */
@ApplicationScoped
public class AcceptedWork {

    @PersistenceContext
    EntityManager em;

    /** Trainee's person id → ids of the modules whose answer was accepted in this cohort. */
    public Map<Long, Set<Long>> acceptedModules(long cohortId) {
        Map<Long, Set<Long>> accepted = new HashMap<>();
        em.createQuery("SELECT s.personId, s.moduleId FROM Submission s WHERE s.cohortId = :c AND s.state = :accepted",
                        Object[].class).setParameter("c", cohortId).setParameter("accepted", SubmissionState.ACCEPTED)
                .getResultList().forEach(r -> accepted.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]));
        return accepted;
    }
}
