package ru.ciss.lms.overview.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.certificates.boundary.Certificates;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.presentations.entity.PresentationSetup;

/**
 * What waits for the administrators in each running cohort (issue #20, point 7), for the admin home. The counts,
 * as the page explains them:
 * <ul>
 * <li><b>toReview</b>: answers to assignments submitted and not yet accepted or returned (state SUBMITTED);</li>
 * <li><b>toAllocate</b>: submitted final presentations with fewer mentors allocated than the cohort asks for
 * (its setting, 2 by default), as the presentations page's automatic allocation counts them;</li>
 * <li><b>unmarkedDays</b>: session days already over on which nobody has been marked at all;</li>
 * <li><b>toCertify</b>: trainees who meet every certificate rule and hold no valid certificate of the cohort: the
 * certificate page's own "may receive a certificate now" figure ({@link Certificates#cohort}).</li>
 * </ul>
 * Three grouped queries for all cohorts together. The certificate rules need the whole register, so they are
 * evaluated only for cohorts a grouped query finds with a released, final presentation result and no certificate
 * yet: the few cohorts at the end of their course, not every running one.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class AdminAgenda {

    /** The home shows the running cohorts created last (this year's, in practice); the cohorts page has them all. */
    public static final int COHORTS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Certificates certificates;

    /** One running cohort and what waits in it; a count of 0 means nothing to do there. */
    public record CohortAgenda(long cohortId, String name, LocalDate startsOn, LocalDate endsOn, long toReview,
                               long toAllocate, long unmarkedDays, long toCertify) implements Serializable {

        public boolean nothingWaits() {
            return toReview + toAllocate + unmarkedDays + toCertify == 0;
        }
    }

    /** The running (ACTIVE) cohorts, the latest created first, at most {@link #COHORTS} of them. */
    @SuppressWarnings("unchecked")
    public List<CohortAgenda> running(LocalDate today) {
        List<Object[]> cohorts = em.createNativeQuery("SELECT id, name, starts_on, ends_on FROM cohort "
                + "WHERE status = 'ACTIVE' ORDER BY id DESC").setMaxResults(COHORTS).getResultList();
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cohorts.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Long> toReview = counts("SELECT cohort_id, COUNT(*) FROM submission WHERE state = 'SUBMITTED' "
                + "AND cohort_id IN (%s) GROUP BY cohort_id", ids);
        Map<Long, Long> toAllocate = counts("SELECT p.cohort_id, COUNT(*) FROM presentation p "
                + "LEFT JOIN presentation_setup s ON s.cohort_id = p.cohort_id WHERE p.state = 'SUBMITTED' "
                + "AND p.cohort_id IN (%s) AND (SELECT COUNT(*) FROM presentation_mentor m WHERE m.presentation_id = p.id) "
                + "< COALESCE(s.mentors_per_presentation, " + PresentationSetup.DEFAULT_MENTORS + ") GROUP BY p.cohort_id", ids);
        Map<Long, Long> unmarked = counts("SELECT t.cohort_id, COUNT(*) FROM session_day d "
                + "JOIN training_session t ON t.id = d.session_id WHERE t.cohort_id IN (%s) AND d.day < ?"
                // A cancelled day is no day: it is in no register and nobody marks it (issue #20).
                + " AND d.cancelled_at IS NULL AND NOT EXISTS (SELECT 1 FROM attendance_mark a WHERE a.day_id = d.id) GROUP BY t.cohort_id", ids, today);
        // Only where someone could be certified now: a released, final result and no valid certificate yet.
        Map<Long, Long> candidates = counts("SELECT p.cohort_id, COUNT(*) FROM presentation p "
                + "JOIN presentation_setup s ON s.cohort_id = p.cohort_id AND s.released_at IS NOT NULL "
                + "WHERE p.cohort_id IN (%s) AND p.state = 'SUBMITTED' AND (p.moderated_percent IS NOT NULL "
                + "OR (p.final_percent IS NOT NULL AND p.flagged = FALSE)) AND NOT EXISTS (SELECT 1 FROM certificate c "
                + "WHERE c.cohort_id = p.cohort_id AND c.person_id = p.person_id AND c.status = 'VALID') "
                + "GROUP BY p.cohort_id", ids);
        return cohorts.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            long toCertify = candidates.containsKey(id) ? certificates.cohort(id).issuable() : 0;
            return new CohortAgenda(id, (String) r[1], date(r[2]), date(r[3]), toReview.getOrDefault(id, 0L),
                    toAllocate.getOrDefault(id, 0L), unmarked.getOrDefault(id, 0L), toCertify);
        }).toList();
    }

    /** Runs a "cohort id, count" query whose %s is the list of cohort ids; {@code extra} binds after the ids. */
    @SuppressWarnings("unchecked")
    private Map<Long, Long> counts(String sql, List<Long> ids, Object... extra) {
        Query query = em.createNativeQuery(String.format(sql, String.join(", ", Collections.nCopies(ids.size(), "?"))));
        int position = 1;
        for (Long id : ids) {
            query.setParameter(position++, id);
        }
        for (Object value : extra) {
            query.setParameter(position++, value);
        }
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
