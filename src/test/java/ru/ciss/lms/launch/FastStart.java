package ru.ciss.lms.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the run command and the page benchmark start the server (issue #25, point 2): from Payara's runtime unpacked
 * once ({@link UnpackedRuntime}) with JDK 25's class cache ({@link AotCache}) kept beside it; from payara-micro.jar with
 * a cache of its own when another server of this build holds the unpacked runtime, or when unpacking failed. The
 * tests and drills start from payara-micro.jar as before: several of their servers run at once.
 */
final class FastStart implements AutoCloseable {

    private final Path serverJar;
    private final Path cacheDir;
    private final Path payaraJar;
    private final Path war;
    private final Path[] settings;
    private final UnpackedRuntime runtime;
    private final String how;

    private FastStart(Path serverJar, Path cacheDir, Path payaraJar, Path war, Path[] settings, UnpackedRuntime runtime,
            String how) {
        this.serverJar = serverJar;
        this.cacheDir = cacheDir;
        this.payaraJar = payaraJar;
        this.war = war;
        this.settings = settings;
        this.runtime = runtime;
        this.how = how;
    }

    /** Prepares the start of the WAR built in {@code buildDir} with the settings in the project's config/. */
    static FastStart prepare(Path projectDir, Path buildDir) throws IOException, InterruptedException {
        Path payaraJar = buildDir.resolve("payara-micro.jar");
        Path war = buildDir.resolve("lms.war");
        // Both command files: the unpacked runtime keeps what they set in its domain.xml, so other settings need
        // another folder (a line taken out of a file would otherwise stay in force).
        Path[] settings = {projectDir.resolve("config/pre-boot.asadmin"), projectDir.resolve("config/post-boot.asadmin")};
        String fingerprint = AotCache.fingerprint(payaraJar, war, settings);
        Optional<UnpackedRuntime> runtime;
        String failed = null;
        try {
            runtime = UnpackedRuntime.in(buildDir, fingerprint,
                    UnpackedRuntime.byPayara(payaraJar, buildDir.resolve("payara-unpack.log")));
        } catch (IOException e) {
            runtime = Optional.empty();
            failed = e.getMessage();
        }
        if (runtime.isPresent()) {
            UnpackedRuntime unpacked = runtime.get();
            return new FastStart(unpacked.launcher(), unpacked.folder(), payaraJar, war, settings, unpacked,
                    "from the unpacked runtime in " + unpacked.folder());
        }
        return new FastStart(payaraJar, buildDir, payaraJar, war, settings, null, "from " + payaraJar + " ("
                + (failed != null ? failed : "another server uses the unpacked runtime of this build") + ")");
    }

    /**
     * The jar to start the next server with: the unpacked runtime's launcher, its folder put back as unpacked (every
     * start needs that, a recording start and the one after it too), or payara-micro.jar.
     */
    Path nextStart() throws IOException {
        if (runtime != null) {
            runtime.reset();
        }
        return serverJar;
    }

    /** How the server starts, for the console. */
    String how() {
        return how;
    }

    /** The class cache for the next start (asked again after a recording start: the JVM writes it as it stops). */
    AotCache.Plan aot() throws IOException {
        return AotCache.in(cacheDir, payaraJar, war, settings);
    }

    @Override
    public void close() throws IOException {
        if (runtime != null) {
            runtime.close();
        }
    }
}
