package ru.ciss.lms.launch;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the built WAR as a child process, started the way the README's run command starts it (context
 * root {@code /}, the settings in config/). The local run uses it, and so do the drills that kill the app.
 */
public final class PayaraProcess implements AutoCloseable {

    /**
     * Payara starts its own services on four threads at once, and once in a few dozen starts (seen in issue #25's
     * seventh session) those threads deadlocked inside HK2 and the server never became ready; on one thread they
     * cannot, and the start took no longer in alternating starts (operations.md, «A start that never finishes»).
     */
    public static final String NO_STARTUP_THREADS = "-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS";

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Payara Micro on the port with these extra environment variables (the rest is inherited). Its output goes
     * to {@code log}, or to this process's console when {@code log} is null.
     */
    public static PayaraProcess start(Path projectDir, Path buildDir, int port, Map<String, String> env, Path log)
            throws IOException {
        return start(projectDir, buildDir, port, env, log, List.of("--nocluster"));
    }

    /**
     * As {@link #start(Path, Path, int, Map, Path)}, with these Payara Micro options in place of {@code --nocluster}:
     * a server meant to join a cluster passes its clustering options here.
     */
    public static PayaraProcess start(Path projectDir, Path buildDir, int port, Map<String, String> env, Path log,
            List<String> clusterOptions) throws IOException {
        return start(projectDir, buildDir, port, env, log, clusterOptions, List.of());
    }

    /** As above, with more options for the JVM (the ahead-of-time cache of {@link AotCache}, say). */
    public static PayaraProcess start(Path projectDir, Path buildDir, int port, Map<String, String> env, Path log,
            List<String> clusterOptions, List<String> jvmOptions) throws IOException {
        return start(projectDir, buildDir, port, env, log, clusterOptions, jvmOptions,
                buildDir.resolve("payara-micro.jar"));
    }

    /** As above, started from this jar: payara-micro.jar, or the launcher of an {@link UnpackedRuntime}. */
    static PayaraProcess start(Path projectDir, Path buildDir, int port, Map<String, String> env, Path log,
            List<String> clusterOptions, List<String> jvmOptions, Path serverJar) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Duser.timezone=UTC", NO_STARTUP_THREADS,
                "-Djava.util.logging.config.file=" + projectDir.resolve("config/logging.properties")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", serverJar.toString(),
                "--deploy", buildDir.resolve("lms.war").toString(),
                "--contextroot", "/",
                "--port", String.valueOf(port),
                // One instance keeps sessions in memory; a cluster's instances replicate them (see the two files).
                "--prebootcommandfile", projectDir.resolve(clusterOptions.contains("--nocluster")
                        ? "config/pre-boot.asadmin" : "config/pre-boot-cluster.asadmin").toString(),
                "--postbootcommandfile", projectDir.resolve("config/post-boot.asadmin").toString(),
                "--logproperties", projectDir.resolve("config/logging.properties").toString()));
        command.addAll(clusterOptions);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        // Links in e-mails come only from configuration (never from a request's Host header): without an address
        // given, the one this process really answers on, as the README's run command promises.
        builder.environment().putIfAbsent("LMS_PUBLIC_URL", "http://localhost:" + port);
        builder.environment().putAll(env);
        return new PayaraProcess(builder.start(), port, log);
    }

    public int port() {
        return port;
    }

    /** The operating system's id of the Payara JVM, e.g. to read its CPU time from /proc or to ask it with jcmd. */
    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Waits until the app answers its readiness check; answers how long it took, or throws when it never did. */
    public Duration awaitReady(Duration limit) throws InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build()) {
            return awaitReady(http, limit);
        }
    }

    /** Closed by the caller: an unclosed JDK client keeps a selector thread alive for the rest of the run. */
    private Duration awaitReady(HttpClient http, Duration limit) throws InterruptedException {
        URI ready = URI.create(baseUrl() + "/health/ready");
        Instant started = Instant.now();
        while (process.isAlive() && Duration.between(started, Instant.now()).compareTo(limit) < 0) {
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100); // asked often, so that the time to ready is measured to a tenth of a second, not half
        }
        throw new IllegalStateException("Payara Micro on port " + port + " was not ready within " + limit
                + (process.isAlive() ? "" : " (it exited with " + process.exitValue() + ")") + logTail());
    }

    /** The end of the server's log, so that a failure says why without a search through files. */
    private String logTail() {
        if (log == null || !java.nio.file.Files.exists(log)) {
            return "";
        }
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
            return "; the end of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
                    lines.size()));
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            return "; see " + log;
        }
    }

    /** kill -9: no shutdown hook, no flush, as when the power goes or the kernel's OOM killer strikes. */
    public void kill() throws InterruptedException {
        // On Linux destroyForcibly sends SIGKILL to the JVM itself (java is started directly, not through a shell).
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM), killed when it takes more than a minute. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
