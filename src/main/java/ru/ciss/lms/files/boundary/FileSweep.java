package ru.ciss.lms.files.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.files.control.BlobStore;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Removes what a crash or a rolled-back upload left behind: temporary files, files on disk without a row, and rows
 * (with their files) that nothing refers to any more, e.g. a draft file the trainee removed.
 *
 * <p>At start-up no upload of this server can be in flight, so everything stray goes at once. When several servers
 * share the store ({@code lms.files.shared=true}), another one may be writing, so only files older than the grace
 * period go; the hourly sweep always keeps that grace. It waits for the migrations: on a new database its tables
 * do not exist before them.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class FileSweep {

    private static final Logger LOG = Logger.getLogger(FileSweep.class.getName());
    static final Duration GRACE = Duration.ofMinutes(10);

    /** Every column that points at stored files, as table.column; a feature that keeps files adds its own here. */
    private static final List<String> REFERENCES = List.of("submission_file.stored_file_id",
            "presentation.slides_file_id", "certificate.pdf_file_id", "outcome.evidence_file_id");

    @Inject
    FileStore store;

    @Inject
    @ConfigProperty(name = "lms.files.shared", defaultValue = "false")
    boolean shared;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void atStart() {
        sweep(shared ? GRACE : Duration.ZERO);
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        sweep(GRACE);
    }

    /** Answers what was removed: unreferenced rows, temporary files, orphan files. */
    public long[] sweep(Duration grace) {
        try {
            Instant before = Instant.now(SchoolClock.current()).minus(grace);
            int rows = removeUnreferencedRows(before);
            Set<String> known = new HashSet<>(em.createQuery("SELECT f.sha256 FROM StoredFile f", String.class)
                    .getResultList());
            BlobStore.SweepResult result = store.blobs().sweep(known::contains, grace, Instant.now(SchoolClock.current()));
            if (rows + result.tempFilesRemoved() + result.orphanBlobsRemoved() > 0) {
                LOG.info(() -> "File sweep removed " + rows + " unreferenced rows, " + result.tempFilesRemoved()
                        + " temporary files and " + result.orphanBlobsRemoved() + " files without a row");
            }
            return new long[] {rows, result.tempFilesRemoved(), result.orphanBlobsRemoved()};
        } catch (IOException | RuntimeException e) {
            // A sweep is housekeeping: it must never stop the app from starting.
            LOG.log(Level.WARNING, "File sweep failed; the next one tries again", e);
            return new long[3];
        }
    }

    private int removeUnreferencedRows(Instant before) {
        StringBuilder sql = new StringBuilder("DELETE FROM stored_file WHERE created_at < ?");
        REFERENCES.forEach(reference -> {
            String[] tableAndColumn = reference.split("\\.");
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(tableAndColumn[0]).append(" r WHERE r.")
                    .append(tableAndColumn[1]).append(" = stored_file.id)");
        });
        return em.createNativeQuery(sql.toString()).setParameter(1, Timestamp.from(before)).executeUpdate();
    }
}
