package ru.ciss.lms.enrolment.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Sends fresh activation links to a cohort's trainees who have not activated, in the background, in batches of
 * {@value #BATCH} (each one transaction: links and their outbox e-mails together). As with the certificates' bulk
 * issue, a second start for the same cohort while one runs (a double click, a second tab) is refused, and the page
 * polls the progress. The secrets of the links made stay in the finished job until the page that started it takes
 * them ({@link #collect}), so that its download can hold them; only hashes are stored.
 */
@ApplicationScoped
public class LinkMailing {

    static final int BATCH = 25;

    /** How long a finished job's secrets wait for the page that started it. */
    static final java.time.Duration KEPT = java.time.Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(LinkMailing.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    LinkReissue reissue;

    /** A job as the page shows it; {@code failed}: it stopped early (what was sent before stays sent). */
    public record Progress(String jobId, int total, int done, int sent, boolean finished, boolean failed,
                           Instant finishedAt) implements Serializable {

        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }

    private final Map<Long, Progress> jobs = new ConcurrentHashMap<>();
    private final Map<String, Map<Long, String>> secrets = new ConcurrentHashMap<>();

    /** @return the new job's id, or null when one for this cohort is still running (nothing is started then) */
    public String start(long cohortId, List<Long> personIds) {
        forgetOld();
        String id = java.util.UUID.randomUUID().toString();
        Progress fresh = new Progress(id, personIds.size(), 0, 0, false, false, null);
        boolean[] started = {false};
        jobs.compute(cohortId, (cohort, running) -> {
            if (running != null && !running.finished()) {
                return running;
            }
            started[0] = true;
            return fresh;
        });
        if (!started[0]) {
            return null;
        }
        secrets.put(id, new ConcurrentHashMap<>());
        executor.execute(() -> run(cohortId, id, List.copyOf(personIds)));
        return id;
    }

    public Progress progress(long cohortId) {
        return jobs.get(cohortId);
    }

    /** The secrets of the job's links, handed out once: the page that started the job keeps them in its view. */
    public Map<Long, String> collect(String jobId) {
        forgetOld();
        Map<Long, String> made = secrets.remove(jobId);
        return made == null ? Map.of() : new HashMap<>(made);
    }

    /** Secrets no page came back for within {@link #KEPT}: dropped, the links stay valid and only hashed. */
    private void forgetOld() {
        Instant before = Instant.now(SchoolClock.current()).minus(KEPT);
        jobs.values().stream().filter(p -> p.finished() && p.finishedAt().isBefore(before))
                .forEach(p -> secrets.remove(p.jobId()));
    }

    private void run(long cohortId, String id, List<Long> people) {
        int done = 0;
        int sent = 0;
        boolean failed = false;
        for (int from = 0; from < people.size(); from += BATCH) {
            List<Long> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            try {
                Map<Long, String> made = reissue.reissue(cohortId, batch);
                Map<Long, String> kept = secrets.get(id);
                if (kept != null) {
                    kept.putAll(made);
                }
                sent += made.size();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Sending activation links to cohort " + cohortId + " stopped", e);
                failed = true;
                break;
            }
            done += batch.size();
            jobs.put(cohortId, new Progress(id, people.size(), done, sent, false, false, null));
        }
        jobs.put(cohortId, new Progress(id, people.size(), done, sent, true, failed, Instant.now(SchoolClock.current())));
    }
}
