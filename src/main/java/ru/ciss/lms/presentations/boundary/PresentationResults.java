package ru.ciss.lms.presentations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import ru.ciss.lms.presentations.PlanState;
import ru.ciss.lms.presentations.entity.Presentation;
import ru.ciss.lms.presentations.entity.PresentationSetup;

/**
 * What other features may know of a cohort's presentations: each trainee's plan state and result, and whether the
 * results were released. Two queries for the whole cohort, in the caller's transaction (the certificate rules read it).
 */
@ApplicationScoped
public class PresentationResults {

    @PersistenceContext
    EntityManager em;

    /**
     * @param state         where the plan stands
     * @param scored        whether every allocated mentor has scored it, so the result is final
     * @param resultPercent the result that counts, once final; null before
     */
    public record Result(PlanState state, boolean scored, Double resultPercent) implements Serializable {
    }

    /** Trainee's person id → their presentation in this cohort; trainees without one are absent. */
    public Map<Long, Result> byTrainee(long cohortId) {
        Map<Long, Result> results = new HashMap<>();
        em.createQuery("SELECT p FROM Presentation p WHERE p.cohortId = :c", Presentation.class)
                .setParameter("c", cohortId).getResultList()
                .forEach(p -> results.put(p.getPersonId(), new Result(p.getState(), p.isFinal(), p.getResultPercent())));
        return results;
    }

    /** Whether the administrators have released the cohort's results to the trainees. */
    public boolean released(long cohortId) {
        PresentationSetup setup = em.find(PresentationSetup.class, cohortId);
        return setup != null && setup.isReleased();
    }
}
