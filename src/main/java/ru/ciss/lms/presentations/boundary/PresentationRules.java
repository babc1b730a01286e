package ru.ciss.lms.presentations.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.course.entity.RubricCriterion;
import ru.ciss.lms.presentations.control.ScoreAggregation;
import ru.ciss.lms.presentations.entity.Presentation;
import ru.ciss.lms.presentations.entity.PresentationScore;
import ru.ciss.lms.presentations.entity.PresentationSetup;

/** The settings and the rubric that apply to a cohort's presentations, and the result its scores give. */
@Dependent
public class PresentationRules {

    @PersistenceContext
    EntityManager em;

    /** The cohort's settings; defaults (not stored) when an administrator never changed them. */
    public PresentationSetup setup(long cohortId) {
        PresentationSetup setup = em.find(PresentationSetup.class, cohortId);
        return setup != null ? setup : new PresentationSetup(cohortId);
    }

    /**
     * The cohort's settings, read under a lock on the cohort's row for the rest of the transaction: release and
     * scoring both take it first, so they happen one after the other (issue #21). The cohort's row, because it always
     * exists: locking a settings row that may not exist yet would let two transactions both find it missing and
     * deadlock on inserting it. Nothing else locks cohort rows.
     */
    PresentationSetup lockSetup(long cohortId) {
        em.createNativeQuery("SELECT id FROM cohort WHERE id = ? FOR UPDATE").setParameter(1, cohortId).getResultList();
        return setup(cohortId);
    }

    /** The settings row, created when missing, for a change. */
    PresentationSetup setupForChange(long cohortId) {
        PresentationSetup setup = em.find(PresentationSetup.class, cohortId);
        if (setup == null) {
            setup = new PresentationSetup(cohortId);
            em.persist(setup);
        }
        return setup;
    }

    public List<RubricCriterion> criteria(Programme programme) {
        return em.createQuery("SELECT c FROM RubricCriterion c WHERE c.programme = :p AND c.archived = FALSE "
                + "ORDER BY c.position", RubricCriterion.class).setParameter("p", programme).getResultList();
    }

    public ScoreAggregation.Rubric rubric(Programme programme) {
        return new ScoreAggregation.Rubric(programme.getRubricScaleMax(), programme.getRubricDisagreementPercent(),
                criteria(programme).stream().map(c -> new ScoreAggregation.Criterion(c.getCode(), c.getWeight()))
                        .toList());
    }

    /**
     * Writes what the transaction changed now, so that a newer version saved meanwhile (another tab, another
     * administrator) refuses this request with the given message instead of overwriting it.
     */
    void flushOrRefuse(String messageKey) {
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException | jakarta.persistence.EntityExistsException e) {
            throw new PresentationRefusedException(messageKey);
        }
    }

    /** Recomputes the mentors' result of a presentation from every submitted score. */
    void recompute(Presentation presentation, Programme programme) {
        List<PresentationScore> submitted = em.createQuery("SELECT s FROM PresentationScore s WHERE "
                        + "s.presentationId = :p AND s.submittedAt IS NOT NULL", PresentationScore.class)
                .setParameter("p", presentation.getId()).getResultList();
        ScoreAggregation.Result result = ScoreAggregation.aggregate(rubric(programme),
                submitted.stream().map(PresentationScore::getScores).toList());
        presentation.scored(result.finalPercent().isPresent() ? result.finalPercent().getAsDouble() : null,
                result.disagreement());
    }
}
