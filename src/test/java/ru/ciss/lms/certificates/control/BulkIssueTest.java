package ru.ciss.lms.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.certificates.CertificateRefusedException;

/**
 * How a bulk issue's run treats its job: the rows themselves are tested against MariaDB in BulkIssueJobsIT; here the
 * decisions around them, with the job store replaced by a recording stand-in.
 */
class BulkIssueTest {

    private static final CertificateIssuer.Issue ISSUE = new CertificateIssuer.Issue(
            new CounterRows.Key(7, "РЦ", 2026), 1, "", LocalDate.of(2026, 12, 31));

    /** Records what the run did to its job. */
    static class RecordedJobs extends BulkJobs {
        final Deque<List<Place>> batches = new ArrayDeque<>();
        final List<String> finished = new ArrayList<>();
        final List<Integer> issuedBatches = new ArrayList<>();
        RuntimeException failOnBatch;
        boolean taken;

        @Override
        public Long create(CertificateIssuer.Issue issue, List<Long> personIds, String runner) {
            return 41L;
        }

        @Override
        public List<Place> pending(long jobId, int max) {
            return batches.isEmpty() ? List.of() : batches.peek();
        }

        @Override
        public boolean issueBatch(long jobId, String runner, List<Place> batch) {
            if (failOnBatch != null) {
                throw failOnBatch;
            }
            if (taken) {
                return false;
            }
            issuedBatches.add(batches.pop().size());
            return true;
        }

        @Override
        public void finish(long jobId, String runner, String failureKey, List<String> failureArgs) {
            finished.add(jobId + ":" + failureKey + ":" + failureArgs);
        }
    }

    @Test
    void aJobTheExecutorRejectsIsEndedAtOnceSoTheCohortIsNotBlocked() {
        BulkIssue bulk = new BulkIssue();
        RecordedJobs jobs = new RecordedJobs();
        bulk.jobs = jobs;
        bulk.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    throw new RejectedExecutionException("queue full");
                });

        CertificateRefusedException refused = assertThrows(CertificateRefusedException.class,
                () -> bulk.start(ISSUE, List.of(1L, 2L)));
        assertEquals("certificates.bulk.rejected", refused.messageKey());
        assertEquals(List.of("41:certificates.bulk.rejected:[]"), jobs.finished,
                "the job is ended, which frees the cohort for the next start on any instance");
    }

    @Test
    void aStartWithoutItsDateIsAMistakeOfTheCaller() {
        BulkIssue bulk = new BulkIssue();
        bulk.jobs = new RecordedJobs();
        CertificateIssuer.Issue undated = new CertificateIssuer.Issue(ISSUE.counter(), 1, "");
        assertThrows(IllegalArgumentException.class, () -> bulk.start(undated, List.of(1L)));
    }

    @Test
    void aRunIssuesBatchAfterBatchAndEndsTheJobWhenNobodyIsLeft() {
        BulkIssue bulk = new BulkIssue();
        RecordedJobs jobs = new RecordedJobs();
        jobs.batches.add(List.of(new BulkJobs.Place(0, 10), new BulkJobs.Place(1, 11)));
        jobs.batches.add(List.of(new BulkJobs.Place(2, 12)));
        bulk.jobs = jobs;

        bulk.run(41, "run");

        assertEquals(List.of(2, 1), jobs.issuedBatches);
        assertEquals(List.of("41:null:[]"), jobs.finished);
    }

    @Test
    void aRefusalStopsTheJobWithItsReasonAndAnUnknownFailureWithTheGeneralOne() {
        BulkIssue bulk = new BulkIssue();
        RecordedJobs jobs = new RecordedJobs();
        jobs.batches.add(List.of(new BulkJobs.Place(0, 10)));
        jobs.failOnBatch = new jakarta.ejb.EJBException(new CertificateRefusedException("certificates.refused.layout", "блок"));
        bulk.jobs = jobs;
        bulk.run(41, "run");
        assertEquals(List.of("41:certificates.refused.layout:[блок]"), jobs.finished);

        jobs.finished.clear();
        jobs.failOnBatch = new IllegalStateException("disk full");
        bulk.run(41, "run");
        assertEquals(List.of("41:certificates.bulk.failed:[]"), jobs.finished);
    }

    @Test
    void aRunWhoseJobAnotherRunTookOverStopsWithoutEndingIt() {
        BulkIssue bulk = new BulkIssue();
        RecordedJobs jobs = new RecordedJobs();
        jobs.batches.add(List.of(new BulkJobs.Place(0, 10)));
        jobs.taken = true;
        bulk.jobs = jobs;
        bulk.run(41, "run");
        assertTrue(jobs.finished.isEmpty(), "the other run ends it: " + jobs.finished);
    }
}
