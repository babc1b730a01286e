package ru.ciss.lms.presentations.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.course.boundary.CourseFacts.Criterion;
import ru.ciss.lms.course.boundary.CourseFacts.ProgrammeFacts;
import ru.ciss.lms.platform.rules.Flush;
import ru.ciss.lms.presentations.control.ScoreAggregation;
import ru.ciss.lms.presentations.entity.Presentation;
import ru.ciss.lms.presentations.entity.PresentationScore;
import ru.ciss.lms.presentations.entity.PresentationSetup;

/** The settings and the rubric that apply to a cohort's presentations, and the result its scores give. */
@Dependent
public class PresentationRules {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseFacts course;

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

    public List<Criterion> criteria(ProgrammeFacts programme) {
        return course.rubric(programme.id());
    }

    public ScoreAggregation.Rubric rubric(ProgrammeFacts programme) {
        return new ScoreAggregation.Rubric(programme.rubricScaleMax(), programme.rubricDisagreementPercent(),
                criteria(programme).stream().map(c -> new ScoreAggregation.Criterion(c.code(), c.weight()))
                        .toList());
    }

    /**
     * Writes what the transaction changed now, so that a newer version saved meanwhile (another tab, another
     * administrator) refuses this request with the given message instead of overwriting it.
     */
    void flushOrRefuse(String messageKey) {
        Flush.orRefuse(em, () -> new PresentationRefusedException(messageKey));
    }

    /**
     * Every presentation of the cohort with its anonymous code (BlindCode), giving codes to those without one. The
     * cohort's row is locked first (as release and scoring do), so two requests never draw the same number; the
     * codes are written by a plain UPDATE, which leaves the plan's version alone: a trainee's open tab stays valid.
     */
    java.util.Map<Long, Integer> giveCodes(long cohortId) {
        java.util.Map<Long, Integer> codes = codes(cohortId);
        if (!codes.containsValue(null)) {
            return codes;
        }
        lockSetup(cohortId);
        codes = codes(cohortId);
        List<Long> missing = codes.entrySet().stream().filter(e -> e.getValue() == null)
                .map(java.util.Map.Entry::getKey).toList();
        java.util.Set<Integer> used = new java.util.HashSet<>(codes.values());
        used.remove(null);
        List<Integer> drawn = ru.ciss.lms.presentations.control.BlindCode.draw(used, missing.size(),
                new java.security.SecureRandom());
        for (int i = 0; i < missing.size(); i++) {
            em.createNativeQuery("UPDATE presentation SET blind_code = ? WHERE id = ? AND blind_code IS NULL")
                    .setParameter(1, drawn.get(i)).setParameter(2, missing.get(i)).executeUpdate();
            codes.put(missing.get(i), drawn.get(i));
        }
        return codes;
    }

    private java.util.Map<Long, Integer> codes(long cohortId) {
        java.util.Map<Long, Integer> codes = new java.util.HashMap<>();
        em.createNativeQuery("SELECT id, blind_code FROM presentation WHERE cohort_id = ?").setParameter(1, cohortId)
                .getResultList().forEach(r -> {
                    Object[] row = (Object[]) r;
                    codes.put(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).intValue());
                });
        return codes;
    }

    /** Recomputes the mentors' result of a presentation from every submitted score. */
    void recompute(Presentation presentation, ProgrammeFacts programme) {
        List<PresentationScore> submitted = em.createQuery("SELECT s FROM PresentationScore s WHERE "
                        + "s.presentationId = :p AND s.submittedAt IS NOT NULL", PresentationScore.class)
                .setParameter("p", presentation.getId()).getResultList();
        ScoreAggregation.Result result = ScoreAggregation.aggregate(rubric(programme),
                submitted.stream().map(PresentationScore::getScores).toList());
        presentation.scored(result.finalPercent().isPresent() ? result.finalPercent().getAsDouble() : null,
                result.disagreement());
    }
}
