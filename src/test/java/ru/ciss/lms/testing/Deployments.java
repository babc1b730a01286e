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
     * The base address where the deployed app really answers. Arquillian starts Payara Micro with a random port and
     * {@code --autoBindHttp}; when that port is taken at the moment of binding, Payara takes the next free one while
     * Arquillian keeps reporting the first. So: try the reported port, then the next ten, and accept the first that
     * answers this application's readiness check.
     */
    public static String awaitListening(java.net.URL deployment) {
        java.net.URI uri = java.net.URI.create(deployment.toExternalForm().replace("://localhost:", "://127.0.0.1:"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (int port = uri.getPort(); port <= uri.getPort() + 10; port++) {
                String base = uri.getScheme() + "://" + uri.getHost() + ":" + port;
                try {
                    var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/health/ready"))
                            .timeout(java.time.Duration.ofSeconds(5)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                    if (answer.body().contains("\"database\"")) {
                        return base;
                    }
                } catch (java.io.IOException notThere) {
                    // nothing there, or not this application
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the application answers neither at " + uri + " nor on the next ten ports");
    }

    private Deployments() {
    }
}
