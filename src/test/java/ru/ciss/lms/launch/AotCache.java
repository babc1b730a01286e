package ru.ciss.lms.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JDK 25's ahead-of-time cache (JEP 483, 514 and 515; issue #25, point 2) for Payara Micro with the built WAR: the
 * classes the server and the app load and link while starting, read once and mapped at every later start. Measured on
 * the 2-core machine (2026-12-05): ready after 24.5 s without it, 16 s with it.
 *
 * <p>A cache belongs to one JDK, one payara-micro.jar, one WAR's contents and the server settings it was started with
 * (what the server loads at start depends on them: without a data grid, no Hazelcast), so its file name carries their
 * fingerprint: a WAR with other contents gets a cache of its own, and caches of other builds in the folder are deleted. A start without a cache
 * for this build records one ("training"); the JVM writes it when it stops, and the next start uses it. A cache that
 * is missing, stale or broken costs nothing but the speed: the JVM then starts as without one.
 */
final class AotCache {

    private static final String PREFIX = "payara-lms-";
    private static final String SUFFIX = ".aot";

    /** The JVM options of the next start and whether that start records the cache. */
    record Plan(List<String> jvmOptions, boolean training, Path file) {
    }

    private AotCache() {
    }

    /** The plan for a start of this build with these settings files (pre-boot commands), keeping its cache in {@code dir}. */
    static Plan in(Path dir, Path payaraJar, Path war, Path... settings) throws IOException {
        Files.createDirectories(dir);
        String name = PREFIX + fingerprint(payaraJar, war, settings) + SUFFIX;
        Path file = dir.resolve(name);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path other : old.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && !p.getFileName().toString().equals(name)).toList()) {
                Files.deleteIfExists(other);
            }
        }
        // The JVM's notes on classes it could not store are for JDK developers, not for whoever starts the app.
        String quiet = "-Xlog:aot*=error,cds*=error";
        return Files.isRegularFile(file) && Files.size(file) > 0
                ? new Plan(List.of("-XX:AOTCache=" + file, quiet), false, file)
                : new Plan(List.of("-XX:AOTCacheOutput=" + file, quiet), true, file);
    }

    /**
     * The JDK build, what the server's jar and the WAR hold (every entry's name, size and CRC, read from the zip
     * directory) and the settings files' contents. Not the files' times: {@code mvn -Prun} packs the WAR anew at every
     * run, and the same classes must find the same cache.
     */
    static String fingerprint(Path payaraJar, Path war, Path... settings) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(System.getProperty("java.vm.version").getBytes(StandardCharsets.UTF_8));
            for (Path archive : List.of(payaraJar, war)) {
                digest.update((byte) 0);
                try (ZipFile zip = new ZipFile(archive.toFile())) {
                    List<? extends ZipEntry> entries = zip.stream()
                            .sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList();
                    for (ZipEntry entry : entries) {
                        digest.update((entry.getName() + '|' + entry.getSize() + '|' + entry.getCrc() + '\n')
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            for (Path file : settings) {
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
