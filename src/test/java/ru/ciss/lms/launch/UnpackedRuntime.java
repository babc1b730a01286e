package ru.ciss.lms.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Payara Micro's runtime unpacked once into a folder of its own, started through the launcher Payara writes there
 * ({@code --outputlauncher}; issue #25, point 2). Started as {@code -jar payara-micro.jar}, Payara unpacks its 100 MB
 * of runtime jars into a new temporary folder at every start and loads them through a class loader of its own, whose
 * classes JDK 25's ahead-of-time cache cannot keep; the launcher puts the unpacked jars on the JVM's class path, so
 * that the cache holds Payara's classes too. Measured on a 2-core machine (2026-12-07, three starts each, alternating,
 * with the class cache): ready after 9.8-11.2 s instead of 12.0-13.8 s.
 *
 * <p>A start writes its settings (the pre- and post-boot commands) and its deployment into the folder; {@link #reset}
 * takes them out again before the next start. The folder belongs to one build and one set of settings all the same:
 * its name carries the same fingerprint as the class cache, which lives in it, and the folders of other builds are
 * deleted. One server
 * at a time may use a folder (two would write the same settings and deployment): a running one holds a file lock on
 * it, and {@link #in} answers empty while another process holds it, so that the caller starts from payara-micro.jar.
 */
final class UnpackedRuntime implements AutoCloseable {

    static final String PREFIX = "payara-runtime-";
    private static final String STAGING = ".unpacking-";
    private static final String LOCK = "in-use.lock";
    static final String LAUNCHER = "launch-micro.jar";
    /** Payara's settings as unpacked, copied back before every start. */
    private static final String PRISTINE_CONFIG = "config.as-unpacked";
    /** What a start must find as unpacked: the runtime and its launcher; the class caches kept beside them. */
    private static final Set<String> UNPACKED = Set.of("runtime", "lib", "META-INF", "docroot", LAUNCHER,
            PRISTINE_CONFIG, LOCK);

    /** Writes Payara's unpacked runtime with its launcher into an empty folder. */
    @FunctionalInterface
    interface Unpacker {
        void unpackInto(Path folder) throws IOException, InterruptedException;
    }

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private UnpackedRuntime(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** The way Payara Micro itself does it: {@code java -jar payara-micro.jar --rootdir <folder> --outputlauncher}. */
    static Unpacker byPayara(Path payaraJar, Path log) {
        return folder -> {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process unpack = new ProcessBuilder(java, "-jar", payaraJar.toString(), "--rootdir", folder.toString(),
                    "--outputlauncher").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!unpack.waitFor(3, TimeUnit.MINUTES)) {
                unpack.destroyForcibly();
                throw new IOException("Payara Micro did not unpack its runtime within 3 minutes (log: " + log + ")");
            }
            if (unpack.exitValue() != 0 || !Files.isRegularFile(folder.resolve(LAUNCHER))) {
                throw new IOException("Payara Micro could not unpack its runtime (exit " + unpack.exitValue()
                        + "; log: " + log + ")");
            }
        };
    }

    /**
     * The runtime folder for this fingerprint in {@code dir}, unpacked first when it is missing and locked for this
     * process until {@link #close()}; empty when another server uses it. Folders of other fingerprints that nobody
     * uses, and half-unpacked ones of processes that died, are deleted.
     */
    static Optional<UnpackedRuntime> in(Path dir, String fingerprint, Unpacker unpacker)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path folder = dir.resolve(PREFIX + fingerprint);
        deleteOthers(dir, folder.getFileName().toString());
        if (!whole(folder)) {
            Optional<FileLock> unused = Files.isDirectory(folder) ? lock(folder) : Optional.empty();
            if (unused.isPresent()) {
                // left by an older launch code, or damaged by hand: unpacked again
                try (FileChannel channel = unused.get().channel()) {
                    Folders.deleteTree(folder);
                }
            }
            unpackOnce(folder, unpacker);
        }
        return lock(folder).map(held -> new UnpackedRuntime(folder, held.channel(), held));
    }

    private static boolean whole(Path folder) {
        return Files.isRegularFile(folder.resolve(LAUNCHER)) && Files.isDirectory(folder.resolve(PRISTINE_CONFIG));
    }

    Path folder() {
        return folder;
    }

    /** The jar to start the server with, in place of payara-micro.jar. */
    Path launcher() {
        return folder.resolve(LAUNCHER);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Unpacks into a staging folder and renames it, so that a start cut short never leaves a folder that looks whole. */
    private static void unpackOnce(Path folder, Unpacker unpacker) throws IOException, InterruptedException {
        Path staging = folder.resolveSibling(folder.getFileName() + STAGING + ProcessHandle.current().pid());
        Folders.deleteTree(staging);
        try {
            unpacker.unpackInto(staging);
            Folders.copyTree(staging.resolve("config"), staging.resolve(PRISTINE_CONFIG),
                    StandardCopyOption.COPY_ATTRIBUTES);
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException unpackedMeanwhile) {
                // another process unpacked the same build first: use theirs
            }
        } finally {
            Folders.deleteTree(staging);
        }
    }

    /**
     * Puts the folder back as it was unpacked, but for the class caches: call it before every start. A start writes
     * its state into the folder: the settings of its command files into config/domain.xml, and the deployed
     * application too (seen: the next start then loaded the old deployment before deploying the WAR again, and
     * answered 404, or failed in PrimeFaces' set-up, afterwards). Started from payara-micro.jar, every start had a new
     * folder; so does every start here, but for the unpacking.
     */
    void reset() throws IOException {
        List<Path> state;
        try (Stream<Path> entries = Files.list(folder)) {
            state = entries.filter(p -> !UNPACKED.contains(p.getFileName().toString())
                    && !p.getFileName().toString().endsWith(".aot")).toList();
        }
        for (Path written : state) {
            Folders.deleteTree(written);
        }
        Folders.copyTree(folder.resolve(PRISTINE_CONFIG), folder.resolve("config"),
                StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static Optional<FileLock> lock(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(lock);
            }
        } catch (OverlappingFileLockException heldInThisJvm) {
            // the same as held by another process
        }
        channel.close();
        return Optional.empty();
    }

    private static void deleteOthers(Path dir, String keep) throws IOException {
        List<Path> others;
        try (Stream<Path> all = Files.list(dir)) {
            others = all.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && !p.getFileName().toString().equals(keep)).toList();
        }
        for (Path other : others) {
            String name = other.getFileName().toString();
            int staging = name.indexOf(STAGING);
            if (staging >= 0) {
                // half-unpacked: its own process deletes it unless it died
                if (!unpackerAlive(name.substring(staging + STAGING.length()))) {
                    Folders.deleteTree(other);
                }
                continue;
            }
            Optional<FileLock> unused = Files.isDirectory(other) ? lock(other) : Optional.empty();
            if (unused.isPresent()) {
                try (FileChannel channel = unused.get().channel()) {
                    Folders.deleteTree(other);
                }
            }
        }
    }

    private static boolean unpackerAlive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException notOurs) {
            return true; // not a name this class gave: leave it alone
        }
    }
}
