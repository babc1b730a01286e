package ru.ciss.lms.testing;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.launch.PayaraProcess;

/**
 * One Payara Micro running the packaged target/lms.war for all black-box integration and browser tests of the test
 * JVM. Why not an Arquillian deployment per class: the managed Payara Micro container starts a new server for every
 * deployment, about 30 seconds each on two cores, and twenty such classes took ten of the CI run's twenty minutes.
 * These tests only talk HTTP to the app and create their own people and cohorts, so one server serves them all;
 * tests that run inside the server (and the drills, which kill it) still get their own through Arquillian.
 *
 * <p>The server is started the way the README's run command starts it (context root /, config/*.asadmin, listener
 * on loopback), on a free port, with the environment failsafe gives this JVM (the test database, files folder,
 * SMTP port). Its log is target/shared-app.log.
 */
public final class SharedApplication {

    private static PayaraProcess server;
    private static URL url;
    private static RuntimeException failure;
    private static boolean stopHookAdded;

    /** The app's base address, starting the server on first use; a server that failed to start fails fast after. */
    public static synchronized URL url() {
        if (failure != null) {
            throw failure;
        }
        if (url == null) {
            try {
                url = start();
            } catch (IOException | RuntimeException e) {
                failure = new IllegalStateException("the shared application server did not start", e);
                throw failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return url;
    }

    private static URL start() throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("lms.project.dir", "."));
        Path build = Path.of(System.getProperty("lms.build.dir", project.resolve("target").toString()));
        Path log = build.resolve("shared-app.log");
                int port = PayaraProcess.freePort();
        server = PayaraProcess.start(project, build, port, Map.of(), log, List.of("--nocluster"));
        if (!stopHookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(SharedApplication::stop, "shared-app-stop"));
            stopHookAdded = true;
        }
        server.awaitReady(Duration.ofMinutes(3));
        try {
            return URI.create(server.baseUrl() + "/").toURL();
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Stops the server (SIGTERM): before the test database stops, and before a test that needs the database to itself
     * (the next {@link #url()} starts it again). Harmless when nothing runs.
     */
    public static synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
            url = null;
        }
    }

    private SharedApplication() {
    }
}
