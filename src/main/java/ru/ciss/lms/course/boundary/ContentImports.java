package ru.ciss.lms.course.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.course.control.ContentImport;
import ru.ciss.lms.course.control.ContentReader;
import ru.ciss.lms.course.control.ImportReport;

/**
 * Imports content/ on start and when an administrator asks. One import at a time (a double click waits for the
 * first and then finds nothing to change); all or nothing: with any problem in any file nothing is stored, and
 * an error while storing rolls the whole import back.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@Lock(LockType.WRITE)
public class ContentImports {

    private static final Logger LOG = Logger.getLogger(ContentImports.class.getName());

    @Inject
    @ConfigProperty(name = "lms.content.dir", defaultValue = "content")
    String contentDir;

    @Inject
    ContentImport store;

    @PostConstruct
    void importOnStart() {
        Path root = contentRoot();
        if (!Files.isDirectory(root)) {
            LOG.warning(() -> "No content folder at " + root.toAbsolutePath() + " (lms.content.dir): nothing imported.");
            return;
        }
        ImportReport report;
        try {
            report = importFrom(root);
        } catch (RuntimeException e) {
            // The application still starts; the administrator sees the problem when importing by hand.
            LOG.severe(() -> "Importing content failed: " + e);
            return;
        }
        if (report.ok()) {
            LOG.info(() -> "Content imported from " + root.toAbsolutePath() + ": " + report);
        } else {
            LOG.warning(() -> "Content in " + root.toAbsolutePath() + " has problems; nothing imported: " + report.problems());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ImportReport importFrom(Path root) {
        ContentReader.Result read = new ContentReader().read(root);
        if (!read.ok()) {
            return ImportReport.refused(read.problems());
        }
        return store.store(read.programmes());
    }

    public Path contentRoot() {
        return Path.of(contentDir);
    }
}
