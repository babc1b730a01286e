package ru.ciss.lms.course.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ru.ciss.lms.course.entity.Cohort;

/**
 * A cohort's rules for attendance and the certificate as other features apply them: the cohort's own values where an
 * administrator set them, the programme's otherwise. Also where those features change the cohort's own values, so
 * that only the course feature writes its cohorts. No caller check here: each method answers for the boundary that
 * calls it, which has already decided who may ask.
 */
@ApplicationScoped
public class CohortRules {

    /**
     * The rules in force ({@code minAttendancePercent} … {@code minScorePercent}) and the cohort's own values behind
     * them ({@code own…}: null where the programme's apply); {@code version} for optimistic locking of a change.
     */
    public record Rules(long cohortId, String name, long programmeId, String programmeTitle, LocalDate startsOn, LocalDate endsOn,
                        long version, int minAttendancePercent, boolean excusedCounts, Integer ownMinAttendancePercent,
                        Boolean ownExcusedCounts, Integer lateAfterMinutes, boolean assignmentsRequired,
                        int minScorePercent, Boolean ownAssignmentsRequired, Integer ownMinScorePercent,
                        int programmeMinAttendancePercent) implements Serializable {

        static Rules of(Cohort c) {
            return new Rules(c.getId(), c.getName(), c.getProgramme().getId(), c.getProgramme().getTitle(), c.getStartsOn(), c.getEndsOn(),
                    c.getVersion(), c.effectiveMinAttendancePercent(), c.effectiveExcusedCounts(),
                    c.getAttendanceMinPercent(), c.getAttendanceExcusedCounts(), c.getLateAfterMinutes(),
                    c.effectiveAssignmentsRequired(), c.effectiveMinScorePercent(), c.getCertAssignmentsRequired(),
                    c.getCertMinScorePercent(), c.getProgramme().getMinAttendancePercent());
        }
    }

    @PersistenceContext
    EntityManager em;

    public Optional<Rules> of(long cohortId) {
        return Optional.ofNullable(em.find(Cohort.class, cohortId)).map(Rules::of);
    }

    /** The rules of several cohorts, newest first; one query with their programmes. */
    public List<Rules> of(Collection<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Cohort c JOIN FETCH c.programme WHERE c.id IN :ids "
                        + "ORDER BY c.startsOn DESC, c.id DESC", Cohort.class).setParameter("ids", cohortIds)
                .getResultStream().map(Rules::of).toList();
    }

    /**
     * Sets the cohort's own certificate rule (nulls bring back the programme's). False, and nothing changed, when the
     * cohort is gone or was changed since {@code seenVersion}: the caller refuses in its own words. The caller's
     * flush (in the same transaction) catches a change made meanwhile.
     */
    public boolean changeCertificateRule(long cohortId, long seenVersion, Boolean assignmentsRequired,
                                         Integer minScorePercent) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null || cohort.getVersion() != seenVersion) {
            return false;
        }
        cohort.setCertificateRule(assignmentsRequired, minScorePercent);
        return true;
    }

    /** Sets the cohort's own attendance rule and late threshold; nulls bring back the defaults. False: no cohort. */
    public boolean changeAttendanceRule(long cohortId, Integer minPercent, Boolean excusedCounts,
                                        Integer lateAfterMinutes) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            return false;
        }
        cohort.setAttendanceRule(minPercent, excusedCounts, lateAfterMinutes);
        return true;
    }
}
