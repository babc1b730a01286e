package ru.ciss.lms.files.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.ciss.lms.files.control.BlobStore.SweepResult;
import ru.ciss.lms.files.control.BlobStore.Written;
import ru.ciss.lms.files.BlobCorruptException;

class BlobStoreTest {

    /** SHA-256 of "hello". */
    private static final String HELLO = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @TempDir
    Path root;

    @Test
    void roundTrip() throws IOException {
        BlobStore store = new BlobStore(root);
        Written written = store.write(stream("hello"), 100);
        assertEquals(HELLO, written.sha256());
        assertEquals(5, written.size());
        assertTrue(written.temp().startsWith(root.resolve("tmp")));
        assertTrue(written.temp().getFileName().toString().endsWith(".part"));
        assertFalse(store.exists(HELLO), "not visible before commit");

        store.commit(written);

        Path expected = root.resolve("blobs/2c/f2/" + HELLO);
        assertTrue(Files.isRegularFile(expected));
        assertFalse(Files.exists(written.temp()));
        assertTrue(store.exists(HELLO));
        assertEquals(5, store.size(HELLO));
        assertEquals(expected, store.verified(HELLO));
        assertEquals("hello", Files.readString(store.verified(HELLO)));
    }

    @Test
    void sameContentIsStoredOnce() throws IOException {
        BlobStore store = new BlobStore(root);
        Written first = store.write(stream("hello"), 100);
        Written second = store.write(stream("hello"), 100);
        assertEquals(first.sha256(), second.sha256());
        store.commit(first);
        store.commit(second);
        assertEquals(1, countFiles(root.resolve("blobs")));
        assertEquals(0, countFiles(root.resolve("tmp")));
    }

    @Test
    void discardForgetsTheUpload() throws IOException {
        BlobStore store = new BlobStore(root);
        Written written = store.write(stream("hello"), 100);
        store.discard(written);
        assertFalse(Files.exists(written.temp()));
        assertFalse(store.exists(HELLO));
    }

    @Test
    void exactlyTheLimitIsAllowedOneMoreIsNot() throws IOException {
        BlobStore store = new BlobStore(root);
        assertEquals(5, store.write(stream("hello"), 5).size());
        BlobTooLargeException e = assertThrows(BlobTooLargeException.class, () -> store.write(stream("hello"), 4));
        assertEquals(4, e.limit());
    }

    @Test
    void aTooLargeUploadLeavesNoTemporaryFile() throws IOException {
        BlobStore store = new BlobStore(root);
        long mb = 1024 * 1024;
        CountingZeros in = new CountingZeros(30 * mb);
        BlobTooLargeException e = assertThrows(BlobTooLargeException.class, () -> store.write(in, 25 * mb));
        assertEquals(25 * mb, e.limit());
        assertEquals(0, countFiles(root.resolve("tmp")));
        assertTrue(in.delivered < 26 * mb, "stops reading soon after the limit: " + in.delivered);
    }

    @Test
    void aFailingUploadLeavesNoTemporaryFile() {
        BlobStore store = new BlobStore(root);
        InputStream broken = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left-- == 0) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        assertThrows(IOException.class, () -> store.write(broken, 1_000_000));
        assertEquals(0, countFiles(root.resolve("tmp")));
    }

    @Test
    void detectsCorruption() throws IOException {
        BlobStore store = new BlobStore(root);
        store.commit(store.write(stream("hello"), 100));
        Path file = root.resolve("blobs/2c/f2/" + HELLO);
        byte[] bytes = Files.readAllBytes(file);
        bytes[0] = 'j';
        Files.write(file, bytes);
        BlobCorruptException e = assertThrows(BlobCorruptException.class, () -> store.verified(HELLO));
        assertEquals(HELLO, e.sha256());
        assertTrue(store.exists(HELLO), "a corrupt blob is reported, not silently removed");
    }

    @Test
    void aMissingBlobIsNotFound() {
        BlobStore store = new BlobStore(root);
        assertFalse(store.exists(HELLO));
        assertThrows(NoSuchFileException.class, () -> store.verified(HELLO));
        assertThrows(NoSuchFileException.class, () -> store.size(HELLO));
    }

    @Test
    void deleteRemovesTheBlob() throws IOException {
        BlobStore store = new BlobStore(root);
        store.commit(store.write(stream("hello"), 100));
        store.delete(HELLO);
        assertFalse(store.exists(HELLO));
        store.delete(HELLO); // deleting twice is harmless
    }

    @Test
    void refusesAnythingButALowerCaseSha256() {
        BlobStore store = new BlobStore(root);
        List<String> bad = List.of("../../../etc/passwd", "..", "", HELLO.toUpperCase(), HELLO.substring(1),
                HELLO + "0", "../" + HELLO.substring(3), HELLO.substring(0, 63) + "/",
                "2c/f2/" + HELLO.substring(6), HELLO.substring(0, 63) + "g");
        for (String sha : bad) {
            assertThrows(IllegalArgumentException.class, () -> store.exists(sha), sha);
            assertThrows(IllegalArgumentException.class, () -> store.verified(sha), sha);
            assertThrows(IllegalArgumentException.class, () -> store.size(sha), sha);
            assertThrows(IllegalArgumentException.class, () -> store.delete(sha), sha);
        }
        assertThrows(IllegalArgumentException.class, () -> store.exists(null));
    }

    @Test
    void commitAndDiscardOnlyTouchTheStoresOwnTemporaryFiles() throws IOException {
        BlobStore store = new BlobStore(root);
        Path elsewhere = Files.writeString(root.resolve("precious.txt"), "hello");
        Written forged = new Written(elsewhere, HELLO, 5);
        assertThrows(IllegalArgumentException.class, () -> store.commit(forged));
        assertThrows(IllegalArgumentException.class, () -> store.discard(forged));
        Written sneaky = new Written(root.resolve("tmp/../precious.txt"), HELLO, 5);
        assertThrows(IllegalArgumentException.class, () -> store.discard(sneaky));
        assertTrue(Files.exists(elsewhere));
        Written written = store.write(stream("hello"), 100);
        assertThrows(IllegalArgumentException.class,
                () -> store.commit(new Written(written.temp(), "../" + HELLO.substring(3), 5)));
    }

    @Test
    void sweepRemovesOldTemporaryFilesAndOrphansOnly() throws IOException {
        BlobStore store = new BlobStore(root);
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(2));

        String known = commit(store, "known and old");
        String orphan = commit(store, "orphan and old");
        String young = commit(store, "orphan but young");
        age(store.path(known), old);
        age(store.path(orphan), old);
        Written oldTemp = store.write(stream("abandoned upload"), 100);
        age(oldTemp.temp(), old);
        Written youngTemp = store.write(stream("upload in progress"), 100);
        Path stranger = Files.writeString(store.path(known).resolveSibling("notes.txt"), "not ours");
        age(stranger, old);

        SweepResult result = store.sweep(Set.of(known)::contains, Duration.ofDays(1), now);

        assertEquals(new SweepResult(1, 1), result);
        assertTrue(store.exists(known));
        assertFalse(store.exists(orphan));
        assertTrue(store.exists(young));
        assertFalse(Files.exists(oldTemp.temp()));
        assertTrue(Files.exists(youngTemp.temp()));
        assertTrue(Files.exists(stranger));
    }

    @Test
    void sweepNeverAsksAboutOrRemovesAKnownBlobHoweverOld() throws IOException {
        BlobStore store = new BlobStore(root);
        String sha = commit(store, "ancient");
        age(store.path(sha), Instant.EPOCH);
        assertEquals(new SweepResult(0, 0), store.sweep(s -> s.equals(sha), Duration.ZERO, Instant.now()));
        assertTrue(store.exists(sha));
    }

    @Test
    void sweepOfAnEmptyStoreDoesNothing() throws IOException {
        assertEquals(new SweepResult(0, 0),
                new BlobStore(root.resolve("nothing-yet")).sweep(s -> false, Duration.ZERO, Instant.now()));
    }

    @Test
    void committingContentAgainProtectsTheOldCopyFromTheSweep() throws IOException {
        BlobStore store = new BlobStore(root);
        Instant now = Instant.now();
        String sha = commit(store, "uploaded again");
        age(store.path(sha), now.minus(Duration.ofDays(30)));
        // The second upload's database row is not written yet, so the blob is still unknown to the sweep.
        store.commit(store.write(stream("uploaded again"), 100));
        store.sweep(s -> false, Duration.ofHours(1), now.plusSeconds(1));
        assertTrue(store.exists(sha));
    }

    /**
     * The start-up sweep reads the stored files while uploads may arrive. Between its look at an orphan and its delete,
     * an upload of the same content took the orphan up again (refreshed its time, kept it as its own) and the sweep
     * then deleted the file the new row points to. A commit now waits for the sweep, and then stores its own copy.
     */
    @Test
    void aCommitDuringTheSweepOfStoredFilesWaitsAndKeepsItsFile() throws Exception {
        BlobStore store = new BlobStore(root);
        String sha = commit(store, "left by a crash, then uploaded again");
        age(store.path(sha), Instant.now().minus(Duration.ofDays(1)));
        Written again = store.write(stream("left by a crash, then uploaded again"), 100);
        java.util.concurrent.CountDownLatch committed = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService uploader = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.atomic.AtomicBoolean committedDuringSweep = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            int removed = store.sweepStored(name -> {
                // the sweep has looked at the orphan: an upload of the same content commits now
                uploader.submit(() -> {
                    store.commit(again);
                    committed.countDown();
                    return null;
                });
                try {
                    // without the lock the commit is done at once
                    committedDuringSweep.set(committed.await(1, java.util.concurrent.TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false; // its row is not written yet
            }, Instant.now());
            assertFalse(committedDuringSweep.get(), "the commit waited while the stored files were swept");
            assertEquals(1, removed, "the orphan as it was when looked at");
            assertTrue(committed.await(10, java.util.concurrent.TimeUnit.SECONDS), "the commit goes on after the sweep");
        } finally {
            uploader.shutdownNow();
        }
        assertTrue(store.exists(sha), "the committed upload's file is there");
        assertArrayEquals("left by a crash, then uploaded again".getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(store.verified(sha)));
    }

    @Test
    void theTemporaryFilesAreSweptOnTheirOwn() throws IOException {
        BlobStore store = new BlobStore(root);
        String orphan = commit(store, "an orphan, left for the walk");
        age(store.path(orphan), Instant.EPOCH);
        Written abandoned = store.write(stream("abandoned"), 100);
        age(abandoned.temp(), Instant.EPOCH);
        assertEquals(1, store.sweepTemporary(Instant.now()));
        assertFalse(Files.exists(abandoned.temp()));
        assertTrue(store.exists(orphan), "the stored files wait for their own sweep");
    }

    private static String commit(BlobStore store, String content) throws IOException {
        Written written = store.write(stream(content), 1000);
        store.commit(written);
        return written.sha256();
    }

    private static void age(Path file, Instant when) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(when));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static long countFiles(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Zeros without holding them in memory, counting how many were handed out. */
    private static final class CountingZeros extends InputStream {

        private long left;
        long delivered;

        CountingZeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            delivered++;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            delivered += n;
            return n;
        }
    }
}
