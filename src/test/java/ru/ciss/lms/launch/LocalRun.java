package ru.ciss.lms.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What {@code mvn -Prun} starts: the embedded MariaDB (unless {@code LMS_DB_URL} names a server) and Payara Micro
 * with the freshly built WAR, both as child processes. Ctrl-C stops Payara first, then the database, so no process
 * is left behind and no write is cut off.
 *
 * <p>It lives with the tests because it is a developer's tool: nothing of it goes into the WAR.
 */
public final class LocalRun {

    private static final int PREFERRED_DB_PORT = 3307;

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(System.getProperty("lms.project.dir", ".")).toAbsolutePath();
        Path buildDir = Path.of(System.getProperty("lms.build.dir", projectDir.resolve("target").toString()));
        Path dataDir = Path.of(System.getProperty("lms.data.dir", projectDir.resolve("data").toString())).toAbsolutePath();
        int httpPort = Integer.parseInt(System.getProperty("lms.port", "8080"));

        Map<String, String> env = new java.util.HashMap<>();
        EmbeddedMariaDb db = null;
        String externalUrl = System.getenv("LMS_DB_URL");
        if (externalUrl == null || externalUrl.isBlank()) {
            int dbPort = Integer.parseInt(System.getenv().getOrDefault("LMS_EMBEDDED_DB_PORT",
                    String.valueOf(PayaraProcess.isFree(PREFERRED_DB_PORT) ? PREFERRED_DB_PORT : PayaraProcess.freePort())));
            db = new EmbeddedMariaDb(buildDir, dataDir.resolve("mariadb"), dbPort);
            System.out.println("[lms] Starting the embedded MariaDB " + EmbeddedMariaDb.VERSION + " on 127.0.0.1:" + dbPort
                    + ", data in " + dataDir.resolve("mariadb"));
            env.put("LMS_DB_URL", db.startWithSchoolDatabase());
            env.put("LMS_DB_USER", "lms");
            env.put("LMS_DB_PASSWORD", "lms");
            // Only the embedded default gets demo accounts; a real server never does.
            env.put("LMS_DEMO_ACCOUNTS", "true");
        } else {
            System.out.println("[lms] Using the MariaDB server at " + externalUrl + " (LMS_DB_URL); no embedded database.");
        }

        env.putIfAbsent("LMS_CONTENT_DIR", projectDir.resolve("content").toString());
        // Uploaded files live beside the embedded database, so one folder holds all the local data.
        env.putIfAbsent("LMS_FILES_DIR", dataDir.resolve("files").toString());
        FastStart fastStart = FastStart.prepare(projectDir, buildDir);
        System.out.println("[lms] Starting Payara Micro on port " + httpPort + " " + fastStart.how() + " ...");
        AotCache.Plan aot = fastStart.aot();
        if (aot.training()) {
            System.out.println("[lms] This start records the class cache that makes the next ones faster (" + aot.file()
                    + ", written when the app stops)");
        }
        PayaraProcess payara = PayaraProcess.start(projectDir, buildDir, httpPort, env, null, List.of("--nocluster"),
                aot.jvmOptions(), fastStart.nextStart());
        EmbeddedMariaDb database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Stop first, talk after: Maven's console stream can throw while the JVM goes down (its ANSI filter
            // once failed on a half-written escape sequence), and that left the server and the database running.
            try {
                payara.close();
            } finally {
                if (database != null) {
                    database.close();
                }
                closeQuietly(fastStart);
            }
            say("[lms] Stopped.");
        }, "lms-stop"));

        Duration ready = payara.awaitReady(Duration.ofMinutes(5));
        System.out.println();
        System.out.println("[lms] Ready after " + ready.toSeconds() + " s: http://localhost:" + httpPort
                + "/  (Ctrl-C stops the app and its database)");
        int exit = payara.waitFor();
        if (database != null) {
            database.close();
        }
        System.exit(exit);
    }

    /** Lets the next run use the unpacked runtime; the lock goes with this process anyway. */
    private static void closeQuietly(FastStart fastStart) {
        try {
            fastStart.close();
        } catch (java.io.IOException ignored) {
            // released when the JVM exits
        }
    }

    /** Prints a line when the console still takes one; a line lost at shutdown must not stop the stopping. */
    private static void say(String line) {
        try {
            System.out.println(line);
        } catch (RuntimeException consoleGone) {
            System.err.println(line);
        }
    }

    private LocalRun() {
    }
}
