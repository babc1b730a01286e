package ru.ciss.lms.certificates.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.platform.rules.RefusedException;

/**
 * Issuing to a whole cohort in the background, in batches of {@value #BATCH}, each batch one transaction with its
 * progress: the job lives in the database ({@link BulkJobs}), so every instance shows it, a second start for the
 * same cohort (a double click, a second tab, another instance) is refused while one runs, a failure keeps what
 * earlier batches issued (each of them complete and numbered without a gap), and a job whose server stopped is
 * carried on by the next run that notices it ({@link #resumeStalled}).
 */
@ApplicationScoped
public class BulkIssue {

    static final int BATCH = 25;

    private static final Logger LOG = Logger.getLogger(BulkIssue.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    BulkJobs jobs;

    /**
     * @param issue its date is the one every batch prints, decided now, before the first batch
     * @return false when a job for this cohort is already running (nothing is started then)
     */
    public boolean start(CertificateIssuer.Issue issue, List<Long> personIds) {
        if (issue.issuedOn() == null) {
            throw new IllegalArgumentException("A bulk issue's date is decided when it starts");
        }
        String runner = UUID.randomUUID().toString();
        Long job = jobs.create(issue, List.copyOf(personIds), runner);
        if (job == null) {
            return false;
        }
        try {
            executor.execute(() -> run(job, runner));
        } catch (RejectedExecutionException e) {
            // Without this the page would show a job at 0 % and refuse every new start as "running" until the job
            // was found stalled; it is ended at once instead, and the administrator may start again.
            jobs.finish(job, runner, "certificates.bulk.rejected", List.of());
            LOG.log(Level.WARNING, "Bulk issue for cohort " + issue.cohortId() + " rejected by the executor", e);
            throw new CertificateRefusedException("certificates.bulk.rejected");
        }
        return true;
    }

    /** The cohort's latest job, running or finished; null when it never had one. */
    public BulkJobs.Job progress(long cohortId) {
        return jobs.latest(cohortId);
    }

    public List<BulkJobs.Refusal> refusals(long jobId) {
        return jobs.refusals(jobId);
    }

    /**
     * Carries on every running job whose server stopped working on it (a restart, a crash, a lost instance of the
     * cluster): called by a timer on every instance and when a page shows such a job. Of several instances noticing
     * the same job, one claims it.
     *
     * @return how many jobs this call took over
     */
    public int resumeStalled() {
        int taken = 0;
        for (long job : jobs.stalled()) {
            String runner = UUID.randomUUID().toString();
            if (!jobs.claim(job, runner)) {
                continue;
            }
            try {
                executor.execute(() -> run(job, runner));
                taken++;
                LOG.info(() -> "Bulk issue job " + job + " carried on after its server stopped");
            } catch (RejectedExecutionException e) {
                // Claimed but not run: the heartbeat stands still again, and the next round takes it.
                LOG.log(Level.WARNING, "Bulk issue job " + job + " could not be carried on now", e);
            }
        }
        return taken;
    }

    void run(long job, String runner) {
        try {
            while (true) {
                List<BulkJobs.Place> batch = jobs.pending(job, BATCH);
                if (batch.isEmpty()) {
                    jobs.finish(job, runner, null, List.of());
                    return;
                }
                if (!jobs.issueBatch(job, runner, batch)) {
                    return; // another run holds it now
                }
            }
        } catch (RuntimeException e) {
            RefusedException refused = refusal(e);
            if (refused == null) {
                LOG.log(Level.SEVERE, "Bulk issue job " + job + " stopped", e);
            }
            try {
                jobs.finish(job, runner, refused != null ? refused.messageKey() : "certificates.bulk.failed",
                        refused != null ? Arrays.stream(refused.args()).map(String::valueOf).toList() : List.of());
            } catch (RuntimeException again) {
                // The database is away: the job stays running, stands still, and is carried on once it is back.
                LOG.log(Level.WARNING, "Bulk issue job " + job + " could not be marked as stopped", again);
            }
        }
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
