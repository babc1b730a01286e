package ru.ciss.lms.files.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.files.FileNames;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.files.StoredRef;
import ru.ciss.lms.files.control.BlobStore;
import ru.ciss.lms.files.control.BlobTooLargeException;
import ru.ciss.lms.files.control.FileSniffer;
import ru.ciss.lms.files.entity.StoredFile;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * The app's one file store (assignments now, presentations and evidence later). A file is written to a temporary
 * name, flushed, checked by its content and only then renamed to its SHA-256; its row is written in the caller's
 * transaction afterwards. So a crash leaves at worst a file without a row, which {@link FileSweep} removes, never a
 * row without its file or a half-written file under a real name.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
    private static final long MB = 1024L * 1024L;

    @Inject
    @ConfigProperty(name = "lms.files.dir", defaultValue = "lms-files")
    String directory;

    @Inject
    @ConfigProperty(name = "lms.files.max-file-mb", defaultValue = "25")
    long maxFileMb;

    @Inject
    @ConfigProperty(name = "lms.files.max-submission-mb", defaultValue = "50")
    long maxSubmissionMb;

    @Inject
    @ConfigProperty(name = "lms.files.types", defaultValue = "pdf,doc,docx,odt,ppt,pptx,odp,xls,xlsx,ods,jpg,jpeg,png")
    String types;

    @PersistenceContext
    EntityManager em;

    private BlobStore blobs;
    private Set<FileType> allowed;

    /** A file accepted into the store, with the name and type it is offered under. */
    public record Upload(StoredRef stored, String name, FileType type) {
    }

    @PostConstruct
    void open() {
        Path root = Path.of(directory).toAbsolutePath();
        blobs = new BlobStore(root);
        allowed = EnumSet.noneOf(FileType.class);
        Arrays.stream(types.split(",")).map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .forEach(t -> FileType.ofExtension(t).ifPresentOrElse(allowed::add,
                        () -> LOG.warning("LMS_FILES_TYPES names an unknown type, ignored: " + t)));
        LOG.info(() -> "File store in " + root + "; types " + allowed + ", at most " + maxFileMb + " MB a file");
    }

    /**
     * What can be said of a file before reading it: its type by the name's extension, its size, empty. A form checks
     * this with its other fields, so every problem is named at once; {@link #accept} still checks the content.
     *
     * @return the refusal's message key and arguments, or null when nothing is wrong so far
     */
    public Object[] precheck(String originalName, long size, Set<FileType> among) {
        String name = FileNames.sanitise(originalName);
        Set<FileType> permitted = EnumSet.copyOf(allowed);
        permitted.retainAll(among);
        FileType claimed = FileType.ofExtension(FileNames.extension(name)).orElse(null);
        if (claimed == null || !permitted.contains(claimed)) {
            return new Object[] {"files.refused.NOT_ALLOWED_TYPE", name, extensions(permitted)};
        }
        if (size > maxFileBytes()) {
            return new Object[] {"files.refused.TOO_LARGE", name, maxFileMb};
        }
        if (size == 0) {
            return new Object[] {"files.refused.EMPTY", name};
        }
        return null;
    }

    /**
     * Takes a file into the store or refuses it with a reason. The name is only trusted for its extension, which
     * must agree with what the content really is.
     */
    public Upload accept(InputStream content, String originalName, Set<FileType> among) {
        String name = FileNames.sanitise(originalName);
        Set<FileType> permitted = EnumSet.copyOf(allowed);
        permitted.retainAll(among);
        FileType claimed = FileType.ofExtension(FileNames.extension(name)).orElse(null);
        if (claimed == null || !permitted.contains(claimed)) {
            throw new FileRefusedException("files.refused.NOT_ALLOWED_TYPE", name, extensions(permitted));
        }
        BlobStore.Written written;
        SourceStream source = new SourceStream(content);
        try {
            written = blobs.write(source, maxFileBytes());
        } catch (BlobTooLargeException e) {
            throw new FileRefusedException("files.refused.TOO_LARGE", name, maxFileMb);
        } catch (IOException e) {
            if (source.failed) {
                // The upload itself broke off (a dropped connection, a part the server could not keep): the person
                // is told which file to send again, instead of an error page or a silent loss.
                LOG.warning(() -> "An upload could not be read: " + e);
                throw new FileRefusedException("files.refused.UNREADABLE", name);
            }
            throw new UncheckedIOException(e);
        }
        try {
            FileSniffer.Verdict verdict = FileSniffer.inspect(written.temp(), name, permitted);
            if (verdict.refusal() != null) {
                blobs.discard(written);
                throw new FileRefusedException("files.refused." + verdict.refusal().name(), name,
                        extensions(permitted));
            }
            // Reusing a file already stored refreshes its time, so a sweep cannot take it before its row is written.
            blobs.commit(written);
            return new Upload(row(written.sha256(), written.size()), name, verdict.type());
        } catch (IOException e) {
            discardQuietly(written);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps a document the app made itself (a certificate), with the same crash safety as an upload but without the
     * upload rules: its type is known, and the configured upload types must not stop the school issuing PDFs.
     */
    public StoredRef keepGenerated(byte[] content) {
        BlobStore.Written written;
        try {
            written = blobs.write(new java.io.ByteArrayInputStream(content), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write a generated document to the file store", e);
        }
        try {
            blobs.commit(written);
        } catch (IOException e) {
            discardQuietly(written);
            throw new UncheckedIOException(e);
        }
        return row(written.sha256(), written.size());
    }

    /** The file's path after its content was checked against its name (the hash); throws when it was damaged. */
    public Path verified(StoredRef file) throws IOException {
        return blobs.verified(file.sha256());
    }

    /** The stored content with this id, for a feature that keeps only the id; empty when there is none. */
    public java.util.Optional<StoredRef> stored(long id) {
        return java.util.Optional.ofNullable(em.find(StoredFile.class, id)).map(FileStore::ref);
    }

    private static StoredRef ref(StoredFile f) {
        return new StoredRef(f.getId(), f.getSha256(), f.getSize());
    }

    public long maxFileBytes() {
        return maxFileMb * MB;
    }

    public long maxSubmissionBytes() {
        return maxSubmissionMb * MB;
    }

    public long maxSubmissionMb() {
        return maxSubmissionMb;
    }

    public long maxFileMb() {
        return maxFileMb;
    }

    public Set<FileType> allowed() {
        return EnumSet.copyOf(allowed);
    }

    /** For the sweep; public so that the call goes through the CDI proxy to the real instance. */
    public BlobStore blobs() {
        return blobs;
    }

    /** The upload as read, remembering whether reading it failed (and not writing the copy). */
    private static final class SourceStream extends java.io.FilterInputStream {
        boolean failed;

        SourceStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
    }

    /** Two uploads of the same bytes at the same moment must not fail on the unique hash: the second finds the first. */
    private StoredRef row(String sha256, long size) {
        em.createNativeQuery("INSERT IGNORE INTO stored_file (sha256, size_bytes, created_at) VALUES (?, ?, ?)")
                .setParameter(1, sha256).setParameter(2, size).setParameter(3, Timestamp.from(Instant.now(SchoolClock.current())))
                .executeUpdate();
        return ref(em.createNamedQuery(StoredFile.BY_HASH, StoredFile.class).setParameter("sha", sha256)
                .getSingleResult());
    }

    private void discardQuietly(BlobStore.Written written) {
        try {
            blobs.discard(written);
        } catch (IOException | RuntimeException e) {
            LOG.fine("Temporary file left for the sweep: " + e);
        }
    }

    public static String extensions(Set<FileType> types) {
        return types.stream().flatMap(t -> t.extensions().stream()).sorted().reduce((a, b) -> a + ", " + b).orElse("");
    }
}
