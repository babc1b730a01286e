package ru.ciss.lms.certificates.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks every minute, on every instance, for bulk issues whose server stopped (a restart, a crash, a node gone) and
 * carries them on, so a half-done issue is finished without anyone having to open its page.
 */
@Singleton
@Startup
@DependsOn("Migrations") // its tables come with the migrations on a new database
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkIssueWatch {

    private static final Logger LOG = Logger.getLogger(BulkIssueWatch.class.getName());

    @Inject
    BulkIssue bulk;

    @Schedule(hour = "*", minute = "*", second = "40", persistent = false)
    void everyMinute() {
        try {
            bulk.resumeStalled();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for stalled bulk issues; the next minute tries again", e);
        }
    }
}
