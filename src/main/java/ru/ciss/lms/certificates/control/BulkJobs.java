package ru.ciss.lms.certificates.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * The bulk issues' rows (V29): each job and whom it issues to, so that a job is seen from every instance and survives
 * its server. Every method is its own transaction except {@link #issueBatch}, which joins the issuer's work and the
 * job's progress in one: a batch's certificates and the count that says they were issued commit together.
 *
 * <p>A run holds a job by its token; {@link #claim} hands a job whose heartbeat has stood still for
 * {@value #STALE_SECONDS} seconds to another run. Heartbeats compare database times only, so servers' clocks that
 * disagree cannot steal a live job.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BulkJobs {

    /** Far longer than one batch takes even on a busy machine. */
    static final int STALE_SECONDS = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateIssuer issuer;

    /** A job's row as the page and the runner need it. */
    public record Job(long id, long cohortId, boolean running, LocalDate issuedOn, String series, int counterYear,
                      long startedBy, String base, int total, int done, int issued, int passedOver, int refused,
                      String firstNumber, String lastNumber, String failureKey, List<String> failureArgs,
                      Instant startedAt, Instant finishedAt, int resumed, boolean stalled)
            implements java.io.Serializable {

        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }

        public boolean finished() {
            return !running;
        }
    }

    /** One trainee of a job: where in its list, and who. */
    public record Place(int position, long personId) {
    }

    /** A trainee the job could not issue to, and why. */
    public record Refusal(String fullName, String refusalKey) implements java.io.Serializable {
    }

    /**
     * Records a new running job for the cohort, held by {@code runner}, unless one is running already there (on any
     * instance): the cohort's row is locked first, so two starts at once run one after the other.
     *
     * @return the job's id, or null when one is running
     */
    public Long create(CertificateIssuer.Issue issue, List<Long> personIds, String runner) {
        em.createNativeQuery("SELECT id FROM cohort WHERE id = ? FOR UPDATE").setParameter(1, issue.cohortId())
                .getResultList();
        Number running = (Number) em.createNativeQuery("SELECT COUNT(*) FROM certificate_bulk_job "
                + "WHERE running_cohort_id = ?").setParameter(1, issue.cohortId()).getSingleResult();
        if (running.intValue() > 0) {
            return null;
        }
        em.createNativeQuery("INSERT INTO certificate_bulk_job (cohort_id, running_cohort_id, issued_on, series, "
                        + "counter_year, started_by, base_url, total, started_at, runner, heartbeat_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3))")
                .setParameter(1, issue.cohortId()).setParameter(2, issue.cohortId())
                .setParameter(3, java.sql.Date.valueOf(issue.issuedOn())).setParameter(4, issue.counter().series())
                .setParameter(5, issue.counter().year()).setParameter(6, issue.by()).setParameter(7, issue.base())
                .setParameter(8, personIds.size()).setParameter(9, Timestamp.from(Instant.now(SchoolClock.current())))
                .setParameter(10, runner).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        int position = 0;
        for (List<Long> part : parts(personIds)) {
            StringBuilder sql = new StringBuilder("INSERT INTO certificate_bulk_person (job_id, position, person_id) VALUES ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (long personId : part) {
                insert.setParameter(p++, id).setParameter(p++, position++).setParameter(p++, personId);
            }
            insert.executeUpdate();
        }
        return id;
    }

    /** The cohort's latest job, running or finished; null when it never had one. */
    public Job latest(long cohortId) {
        List<?> ids = em.createNativeQuery("SELECT id FROM certificate_bulk_job WHERE cohort_id = ? "
                + "ORDER BY id DESC LIMIT 1").setParameter(1, cohortId).getResultList();
        return ids.isEmpty() ? null : job(((Number) ids.get(0)).longValue());
    }

    public Job job(long id) {
        List<?> rows = em.createNativeQuery("SELECT id, cohort_id, running_cohort_id IS NOT NULL, issued_on, series, "
                + "counter_year, started_by, base_url, total, done, issued, passed_over, refused, first_number, "
                + "last_number, failure_key, failure_args, started_at, finished_at, resumed, "
                + "(running_cohort_id IS NOT NULL AND heartbeat_at < NOW(3) - INTERVAL " + STALE_SECONDS + " SECOND) "
                + "FROM certificate_bulk_job WHERE id = ?").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        String args = (String) r[16];
        return new Job(number(r[0]), number(r[1]), flag(r[2]), date(r[3]), (String) r[4], (int) number(r[5]),
                number(r[6]), (String) r[7], (int) number(r[8]), (int) number(r[9]), (int) number(r[10]),
                (int) number(r[11]), (int) number(r[12]), (String) r[13], (String) r[14], (String) r[15],
                args == null || args.isEmpty() ? List.of() : List.of(args.split("\u001f", -1)),
                instant(r[17]), instant(r[18]), (int) number(r[19]), flag(r[20]));
    }

    /** The trainees a job could not issue to, by name, for the page. */
    public List<Refusal> refusals(long jobId) {
        List<Refusal> refusals = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT p.surname, p.given_name, p.patronymic, b.refusal_key "
                + "FROM certificate_bulk_person b JOIN person p ON p.id = b.person_id "
                + "WHERE b.job_id = ? AND b.outcome = 'REFUSED' ORDER BY b.position").setParameter(1, jobId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            String patronymic = (String) r[2];
            refusals.add(new Refusal(r[0] + " " + r[1] + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic),
                    (String) r[3]));
        }
        return refusals;
    }

    /** The next trainees of the job not yet dealt with, in order. */
    public List<Place> pending(long jobId, int max) {
        List<Place> places = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT b.position, b.person_id FROM certificate_bulk_person b "
                        + "JOIN certificate_bulk_job j ON j.id = b.job_id WHERE b.job_id = ? AND b.position >= j.done "
                        + "ORDER BY b.position LIMIT " + max).setParameter(1, jobId).getResultList()) {
            Object[] r = (Object[]) row;
            places.add(new Place((int) number(r[0]), number(r[1])));
        }
        return places;
    }

    /** The running jobs whose server has stopped working on them. */
    public List<Long> stalled() {
        return em.createNativeQuery("SELECT id FROM certificate_bulk_job WHERE running_cohort_id IS NOT NULL "
                        + "AND (heartbeat_at IS NULL OR heartbeat_at < NOW(3) - INTERVAL " + STALE_SECONDS + " SECOND)")
                .getResultList().stream().map(BulkJobs::number).toList();
    }

    /**
     * Takes over a running job that has stood still; atomic, so of several instances noticing it at once one wins.
     *
     * @return true when {@code runner} holds the job now
     */
    public boolean claim(long jobId, String runner) {
        return em.createNativeQuery("UPDATE certificate_bulk_job SET runner = ?, heartbeat_at = NOW(3), "
                        + "resumed = resumed + 1 WHERE id = ? AND running_cohort_id IS NOT NULL "
                        + "AND (heartbeat_at IS NULL OR heartbeat_at < NOW(3) - INTERVAL " + STALE_SECONDS + " SECOND)")
                .setParameter(1, runner).setParameter(2, jobId).executeUpdate() == 1;
    }

    /**
     * Issues to the next trainees of the job and records what became of each, in one transaction with the issue.
     * The job's row is locked by a locking read first (which takes no snapshot), so the issuer's counter lock still
     * comes before every plain read of the transaction (see {@link CertificateIssuer}).
     *
     * @return false when the job is no longer this run's (another run took it over, or it finished): stop then
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean issueBatch(long jobId, String runner, List<Place> batch) {
        List<?> held = em.createNativeQuery("SELECT done, cohort_id, series, counter_year, started_by, base_url, "
                        + "issued_on FROM certificate_bulk_job WHERE id = ? AND runner = ? "
                        + "AND running_cohort_id IS NOT NULL FOR UPDATE").setParameter(1, jobId).setParameter(2, runner)
                .getResultList();
        if (held.isEmpty() || batch.isEmpty() || number(((Object[]) held.get(0))[0]) != batch.getFirst().position()) {
            return false;
        }
        Object[] r = (Object[]) held.get(0);
        CertificateIssuer.Issue issue = new CertificateIssuer.Issue(new CounterRows.Key(number(r[1]), (String) r[2],
                (int) number(r[3])), number(r[4]), (String) r[5], date(r[6]));
        CertificateIssuer.Outcome outcome = issuer.issue(issue, batch.stream().map(Place::personId).toList(), false);
        java.util.Map<Long, CertificateIssuer.PersonOutcome> byPerson = new java.util.HashMap<>();
        outcome.people().forEach(o -> byPerson.put(o.personId(), o));
        for (Place place : batch) {
            CertificateIssuer.PersonOutcome o = byPerson.get(place.personId());
            em.createNativeQuery("UPDATE certificate_bulk_person SET outcome = ?, number = ?, refusal_key = ? "
                            + "WHERE job_id = ? AND position = ?")
                    .setParameter(1, o == null ? CertificateIssuer.Result.PASSED_OVER.name() : o.result().name())
                    .setParameter(2, o == null ? null : o.number()).setParameter(3, o == null ? null : o.refusalKey())
                    .setParameter(4, jobId).setParameter(5, place.position()).executeUpdate();
        }
        List<String> numbers = outcome.numbers();
        em.createNativeQuery("UPDATE certificate_bulk_job SET done = done + ?, issued = issued + ?, "
                        + "passed_over = passed_over + ?, refused = refused + ?, "
                        + "first_number = COALESCE(first_number, ?), last_number = COALESCE(?, last_number), "
                        + "heartbeat_at = NOW(3) WHERE id = ?")
                .setParameter(1, batch.size()).setParameter(2, numbers.size())
                .setParameter(3, outcome.notEligible() + outcome.alreadyHolding()).setParameter(4, outcome.refused())
                .setParameter(5, numbers.isEmpty() ? null : numbers.getFirst())
                .setParameter(6, numbers.isEmpty() ? null : numbers.getLast()).setParameter(7, jobId).executeUpdate();
        return true;
    }

    /**
     * Ends the job, with a failure's message key when it stopped early; frees the cohort for the next start.
     * A run that no longer holds the job ends nothing ({@code runner} null: end it whoever holds it).
     */
    public void finish(long jobId, String runner, String failureKey, List<String> failureArgs) {
        em.createNativeQuery("UPDATE certificate_bulk_job SET running_cohort_id = NULL, runner = NULL, "
                        + "failure_key = ?, failure_args = ?, finished_at = ? "
                        + "WHERE id = ? AND running_cohort_id IS NOT NULL AND (? IS NULL OR runner = ?)")
                .setParameter(1, failureKey)
                .setParameter(2, failureArgs == null || failureArgs.isEmpty() ? null : String.join("\u001f", failureArgs))
                .setParameter(3, Timestamp.from(Instant.now(SchoolClock.current()))).setParameter(4, jobId).setParameter(5, runner)
                .setParameter(6, runner).executeUpdate();
    }

    private static List<List<Long>> parts(List<Long> all) {
        List<List<Long>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            parts.add(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return parts;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value == null ? null : value instanceof Timestamp t ? t.toInstant()
                : value instanceof java.time.LocalDateTime l ? Timestamp.valueOf(l).toInstant() : (Instant) value;
    }
}
