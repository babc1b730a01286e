package ru.ciss.lms.certificates.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ciss.lms.platform.rules.RefusedException;

/**
 * Issuing to a whole cohort in the background, in batches of {@value #BATCH}, each batch one transaction: the page
 * shows the progress, a second start for the same cohort (a double click, a second tab) is refused while one runs,
 * and a failure keeps what earlier batches issued (each of them complete and numbered without a gap).
 */
@ApplicationScoped
public class BulkIssue {

    static final int BATCH = 25;

    private static final Logger LOG = Logger.getLogger(BulkIssue.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    CertificateIssuer issuer;

    /** A job's state as the page shows it; finished with a failure key when it stopped early. */
    public record Progress(int total, int done, int issued, int passedOver, boolean finished, String failureKey,
                           List<String> failureArgs, String firstNumber, String lastNumber, Instant finishedAt)
            implements Serializable {

        public int percent() {
            return total == 0 ? 100 : done * 100 / total;
        }
    }

    private final Map<Long, Progress> jobs = new ConcurrentHashMap<>();

    /** @return false when a job for this cohort is already running (nothing is started then) */
    public boolean start(CertificateIssuer.Issue issue, List<Long> personIds) {
        Progress fresh = new Progress(personIds.size(), 0, 0, 0, false, null, List.of(), null, null, null);
        boolean[] started = {false};
        jobs.compute(issue.cohortId(), (cohort, running) -> {
            if (running != null && !running.finished()) {
                return running;
            }
            started[0] = true;
            return fresh;
        });
        if (started[0]) {
            try {
                executor.execute(() -> run(issue, List.copyOf(personIds)));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Without this the page would show a job at 0 % forever and refuse every new start as "running".
                jobs.remove(issue.cohortId(), fresh);
                LOG.log(Level.WARNING, "Bulk issue for cohort " + issue.cohortId() + " rejected by the executor", e);
                throw new ru.ciss.lms.certificates.boundary.CertificateRefusedException("certificates.bulk.rejected");
            }
        }
        return started[0];
    }

    public Progress progress(long cohortId) {
        return jobs.get(cohortId);
    }

    private void run(CertificateIssuer.Issue issue, List<Long> people) {
        int issued = 0;
        int passedOver = 0;
        String first = null;
        String last = null;
        String failure = null;
        List<String> failureArgs = List.of();
        int done = 0;
        for (int from = 0; from < people.size(); from += BATCH) {
            List<Long> batch = people.subList(from, Math.min(people.size(), from + BATCH));
            try {
                CertificateIssuer.Outcome outcome = issuer.issue(issue, batch, false);
                issued += outcome.numbers().size();
                passedOver += outcome.notEligible() + outcome.alreadyHolding();
                if (!outcome.numbers().isEmpty()) {
                    first = first == null ? outcome.numbers().getFirst() : first;
                    last = outcome.numbers().getLast();
                }
            } catch (RuntimeException e) {
                RefusedException refused = refusal(e);
                failure = refused != null ? refused.messageKey() : "certificates.bulk.failed";
                failureArgs = refused != null ? java.util.Arrays.stream(refused.args()).map(String::valueOf).toList() : List.of();
                if (refused == null) {
                    LOG.log(Level.SEVERE, "Bulk issue for cohort " + issue.cohortId() + " stopped", e);
                }
                break;
            }
            done += batch.size();
            jobs.put(issue.cohortId(), new Progress(people.size(), done, issued, passedOver, false, null, List.of(),
                    first, last, null));
        }
        jobs.put(issue.cohortId(), new Progress(people.size(), done, issued, passedOver, true, failure, failureArgs,
                first, last, Instant.now()));
    }

    private static RefusedException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RefusedException refused) {
                return refused;
            }
        }
        return null;
    }
}
