package ru.ciss.lms.files.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
 *
 * <p>The start-up sweep removes the rows and temporary files while the app starts, and reads every folder of the
 * stored files right after, beside the rest of the start: with thousands of files (a certificate's PDF each) that
 * walk took seconds, and the app answered nobody meanwhile (issue #25, point 2). Files written after the start are
 * younger than its cut-off, and a commit that takes up an older file waits while the walk runs ({@link BlobStore}),
 * so nothing being uploaded can be taken.
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

    /** The container's default executor: the start-up walk runs on it. */
    @Resource
    ManagedExecutorService background;

    @PostConstruct
    void atStart() {
        Begun begun = begin(shared ? GRACE : Duration.ZERO);
        if (begun != null) {
            try {
                background.execute(() -> finish(begun));
            } catch (RuntimeException refused) {
                finish(begun); // no executor to take it: done here, as before, only slower
            }
        }
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        Begun begun = begin(GRACE);
        if (begun != null) {
            finish(begun);
        }
    }

    /** What a sweep did in its transaction, and what its walk over the stored files needs. */
    private record Begun(int rows, int temps, Set<String> known, Instant cutoff, BlobStore blobs) {
    }

    /** Removes the rows nothing refers to and the old temporary files; null when that failed. */
    private Begun begin(Duration grace) {
        try {
            Instant cutoff = Instant.now(SchoolClock.current()).minus(grace);
            int rows = removeUnreferencedRows(cutoff);
            Set<String> known = new HashSet<>(em.createQuery("SELECT f.sha256 FROM StoredFile f", String.class)
                    .getResultList());
            BlobStore blobs = store.blobs();
            return new Begun(rows, blobs.sweepTemporary(cutoff), known, cutoff, blobs);
        } catch (IOException | RuntimeException e) {
            // A sweep is housekeeping: it must never stop the app from starting.
            LOG.log(Level.WARNING, "File sweep failed; the next one tries again", e);
            return null;
        }
    }

    /** Removes the stored files without a row; needs no transaction, only the files. */
    private static void finish(Begun begun) {
        try {
            int orphans = begun.blobs().sweepStored(begun.known()::contains, begun.cutoff());
            if (begun.rows() + begun.temps() + orphans > 0) {
                LOG.info(() -> "File sweep removed " + begun.rows() + " unreferenced rows, " + begun.temps()
                        + " temporary files and " + orphans + " files without a row");
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "File sweep failed; the next one tries again", e);
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
