package ru.ciss.lms.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application exactly as Maven packaged it (target/lms.war): tests run against what users get, not against a
 * hand-picked list of classes that drifts from the real build.
 */
public final class Deployments {

    public static WebArchive application() {
        File war = new File(System.getProperty("lms.build.dir", "target"), "lms.war");
        return ShrinkWrap.create(ZipImporter.class, "lms.war").importFrom(war).as(WebArchive.class);
    }

    /** The application plus test helpers, for tests that run inside the server. */
    public static WebArchive applicationWith(Class<?>... helpers) {
        return application().addClasses(helpers);
    }

    /**
     * The base address of the deployed app, once it answers this application's readiness check. The port is the one
     * given to Payara Micro (the shared server's, or lms.test.arquillian.port), so it is the one Arquillian reports.
     */
    public static String awaitListening(java.net.URL deployment) {
        java.net.URI uri = java.net.URI.create(deployment.toExternalForm().replace("://localhost:", "://127.0.0.1:"));
        String base = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
        // Closed when done: every new WebClient asks, and an unclosed JDK client keeps a selector thread alive.
        try (java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(2)).build()) {
            return awaitListening(http, uri, base);
        }
    }

    private static String awaitListening(java.net.http.HttpClient http, java.net.URI uri, String base) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/health/ready"))
                        .timeout(java.time.Duration.ofSeconds(5)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                if (answer.body().contains("\"database\"")) {
                    return base;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the application does not answer at " + uri + " within 30 s");
    }

    private Deployments() {
    }
}
