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
                    String.valueOf(isFree(PREFERRED_DB_PORT) ? PREFERRED_DB_PORT : freePort())));
            db = new EmbeddedMariaDb(buildDir, dataDir.resolve("mariadb"), dbPort);
            System.out.println("[lms] Starting the embedded MariaDB " + EmbeddedMariaDb.VERSION + " on 127.0.0.1:" + dbPort
                    + ", data in " + dataDir.resolve("mariadb"));
            db.start();
            db.createDatabase("lms", "lms", "lms");
            env.put("LMS_DB_URL", db.jdbcUrl("lms"));
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
        Process payara = startPayara(projectDir, buildDir, httpPort, env);
        EmbeddedMariaDb database = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[lms] Stopping ...");
            stop(payara);
            if (database != null) {
                database.close();
            }
            System.out.println("[lms] Stopped.");
        }, "lms-stop"));

        awaitReady(payara, httpPort);
        int exit = payara.waitFor();
        if (database != null) {
            database.close();
        }
        System.exit(exit);
    }

    private static Process startPayara(Path projectDir, Path buildDir, int httpPort, Map<String, String> env)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m",
                "-Djava.util.logging.config.file=" + projectDir.resolve("config/logging.properties"),
                "-jar", buildDir.resolve("payara-micro.jar").toString(),
                "--deploy", buildDir.resolve("lms.war").toString(),
                "--contextroot", "/",
                "--port", String.valueOf(httpPort),
                "--nocluster",
                "--prebootcommandfile", projectDir.resolve("config/pre-boot.asadmin").toString(),
                "--postbootcommandfile", projectDir.resolve("config/post-boot.asadmin").toString(),
                "--logproperties", projectDir.resolve("config/logging.properties").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        System.out.println("[lms] Starting Payara Micro on port " + httpPort + " ...");
        return builder.start();
    }

    private static void awaitReady(Process payara, int httpPort) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + httpPort + "/health/ready");
        Instant started = Instant.now();
        while (payara.isAlive() && Duration.between(started, Instant.now()).toSeconds() < 300) {
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    System.out.println();
                    System.out.println("[lms] Ready after " + Duration.between(started, Instant.now()).toSeconds()
                            + " s: http://localhost:" + httpPort + "/  (Ctrl-C stops the app and its database)");
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
    }

    private static void stop(Process payara) {
        if (!payara.isAlive()) {
            return;
        }
        payara.destroy();
        try {
            if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                payara.destroyForcibly();
            }
        } catch (InterruptedException e) {
            payara.destroyForcibly();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private LocalRun() {
    }
}
