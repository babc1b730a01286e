package ru.ciss.lms.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import ru.ciss.lms.files.BlobCorruptException;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Files on disk named by the SHA-256 of their content: {@code root/blobs/ab/cd/<sha256>}.
 *
 * <p>Content addressing means the same file uploaded twice is stored once, a name can never point to other bytes
 * without {@link #verified} noticing, and no user-supplied text ever becomes part of a path. Uploads are first
 * written under {@code root/tmp/} so that they can be inspected before they become visible, and are then moved
 * into place atomically: a reader sees either no blob or the whole blob.
 *
 * <p>The database row that refers to a blob is written after {@link #commit}; {@link #sweep} removes what was never
 * referred to. The two run concurrently, which is why commit refreshes the time stamp of a blob it reuses, and why a
 * commit waits while the stored blobs are swept: between the sweep's look at a blob and its delete, no commit may
 * take that blob up again.
 */
public final class BlobStore {

    /** A finished upload still under {@code root/tmp/}; {@link #commit} or {@link #discard} it. */
    public record Written(Path temp, String sha256, long size) {
    }

    /** What one {@link #sweep} removed. */
    public record SweepResult(int tempFilesRemoved, int orphanBlobsRemoved) {
    }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path blobs;
    private final Path tmp;
    /** Commits share it; a sweep of the stored blobs holds it alone (fair: a waiting sweep is not starved). */
    private final ReadWriteLock sweeping = new ReentrantReadWriteLock(true);

    public BlobStore(Path root) {
        Path base = root.toAbsolutePath().normalize();
        this.blobs = base.resolve("blobs");
        this.tmp = base.resolve("tmp");
    }

    /**
     * Copies {@code in} to a new temporary file, hashing and counting on the way, and forces it to disk.
     *
     * @throws BlobTooLargeException as soon as more than {@code maxBytes} arrive; the partial file is deleted
     */
    public Written write(InputStream in, long maxBytes) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("negative limit " + maxBytes);
        }
        Files.createDirectories(tmp);
        Path temp = tmp.resolve(UUID.randomUUID() + ".part");
        MessageDigest digest = sha256();
        long size = 0;
        boolean done = false;
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) != -1; ) {
                size += n;
                if (size > maxBytes) {
                    // Stop reading at once: the rest of an oversized upload is not worth the disk or the time.
                    throw new BlobTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            // Before the database is told the file exists, it must survive a power cut.
            out.force(true);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
        return new Written(temp, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Moves the upload to its final place; if the same content is already stored, keeps the stored copy. */
    public void commit(Written written) throws IOException {
        sweeping.readLock().lock();
        try {
            commitUnlocked(written);
        } finally {
            sweeping.readLock().unlock();
        }
    }

    private void commitUnlocked(Written written) throws IOException {
        Path temp = ownTemp(written);
        Path target = path(written.sha256());
        Path dir = target.getParent();
        Files.createDirectories(dir);
        if (Files.exists(target)) {
            reuse(temp, target);
        } else {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // Another request committed the same content in the meantime (platforms that refuse to replace).
                reuse(temp, target);
            }
        }
        forceDirectory(dir);
    }

    /** Forgets an upload that was refused. */
    public void discard(Written written) throws IOException {
        Files.deleteIfExists(ownTemp(written));
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** @throws NoSuchFileException when there is no such blob */
    public long size(String sha256) throws IOException {
        return Files.size(path(sha256));
    }

    /**
     * The path to stream the blob from, after checking that its bytes still hash to its name.
     *
     * @throws NoSuchFileException when there is no such blob
     * @throws BlobCorruptException when its content has changed
     */
    public Path verified(String sha256) throws IOException {
        Path file = path(sha256);
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, n);
            }
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            throw new BlobCorruptException(sha256, actual);
        }
        return file;
    }

    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    /**
     * Removes temporary files and blobs that {@code known} does not claim, once they are older than {@code grace}.
     *
     * <p>The grace period protects uploads in progress and blobs committed but not yet recorded in the database;
     * it should exceed the longest upload. A blob that {@code known} claims is never removed, whatever its age.
     */
    public SweepResult sweep(Predicate<String> known, Duration grace, Instant now) throws IOException {
        Instant cutoff = now.minus(grace);
        int temps = sweepTemporary(cutoff);
        return new SweepResult(temps, sweepStored(known, cutoff));
    }

    /** Removes the temporary files older than {@code cutoff}: uploads that never finished. Cheap: one folder. */
    public int sweepTemporary(Instant cutoff) throws IOException {
        FileTime before = FileTime.from(cutoff);
        int temps = 0;
        if (Files.isDirectory(tmp)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp)) {
                for (Path file : files) {
                    if (olderThan(file, before) && Files.deleteIfExists(file)) {
                        temps++;
                    }
                }
            }
        }
        return temps;
    }

    /**
     * Removes the stored blobs older than {@code cutoff} that {@code known} does not claim. It reads every folder of
     * the store (seconds for thousands of files), and commits wait meanwhile.
     */
    public int sweepStored(Predicate<String> known, Instant cutoff) throws IOException {
        FileTime before = FileTime.from(cutoff);
        sweeping.writeLock().lock();
        try {
            int orphans = 0;
            for (Path first : subdirectories(blobs)) {
                for (Path second : subdirectories(first)) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(second)) {
                        for (Path file : files) {
                            String name = file.getFileName().toString();
                            // Files that are not ours (no hash name, or in the wrong folder) are left alone.
                            if (!SHA256.matcher(name).matches() || !file.equals(path(name))) {
                                continue;
                            }
                            // Age is checked again after asking: this server's commits wait for the lock, but
                            // another server sharing the store may have taken the blob up meanwhile.
                            if (olderThan(file, before) && !known.test(name) && olderThan(file, before)
                                    && Files.deleteIfExists(file)) {
                                orphans++;
                            }
                        }
                    }
                }
            }
            return orphans;
        } finally {
            sweeping.writeLock().unlock();
        }
    }

    /** The final place of a blob; refuses anything but a SHA-256 in lower-case hex, so no path can be smuggled in. */
    Path path(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
        }
        return blobs.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Only files this store wrote may be moved or deleted through a {@link Written}. */
    private Path ownTemp(Written written) {
        path(written.sha256());
        Path temp = written.temp().toAbsolutePath().normalize();
        if (!tmp.equals(temp.getParent())) {
            throw new IllegalArgumentException("not a temporary file of this store: " + written.temp());
        }
        return temp;
    }

    /** Refreshing the time stamp keeps a concurrent sweep from taking the blob as an old orphan. */
    private static void reuse(Path temp, Path target) throws IOException {
        Files.deleteIfExists(temp);
        Files.setLastModifiedTime(target, FileTime.from(Instant.now(SchoolClock.current())));
    }

    /** Makes the new directory entry durable; some platforms (Windows) cannot open a directory, which is fine. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Nothing to do: the platform does not support it, and the rename itself has already happened.
        }
    }

    private static boolean olderThan(Path file, FileTime cutoff) throws IOException {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(cutoff) < 0;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static Iterable<Path> subdirectories(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> result = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
            entries.forEach(result::add);
        }
        return result;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
