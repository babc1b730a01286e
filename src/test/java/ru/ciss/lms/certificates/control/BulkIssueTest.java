package ru.ciss.lms.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.certificates.boundary.CertificateRefusedException;

class BulkIssueTest {

    @Test
    void aJobTheExecutorRejectsIsReportedAndLeavesNothingRunning() {
        BulkIssue bulk = new BulkIssue();
        bulk.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    throw new RejectedExecutionException("queue full");
                });
        CertificateIssuer.Issue issue = new CertificateIssuer.Issue(new CounterRows.Key(7, "РЦ", 2026), 1, "");

        CertificateRefusedException refused = assertThrows(CertificateRefusedException.class,
                () -> bulk.start(issue, List.of(1L, 2L)));
        assertEquals("certificates.bulk.rejected", refused.messageKey());
        assertNull(bulk.progress(7), "no job stuck at 0 % that would refuse the next start as running");
        // Tried again, it is rejected again rather than refused as "already running".
        assertEquals("certificates.bulk.rejected", assertThrows(CertificateRefusedException.class,
                () -> bulk.start(issue, List.of(1L))).messageKey());
    }
}
