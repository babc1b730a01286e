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
     * Waits until the deployed app accepts connections: now and then the first request of a test class was
     * refused although Arquillian had reported the deployment done.
     */
    public static String awaitListening(java.net.URL deployment) {
        String url = deployment.toExternalForm().replace("://localhost:", "://127.0.0.1:");
        java.net.URI uri = java.net.URI.create(url);
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 2_000);
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            } catch (java.io.IOException refused) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("nothing listens at " + url, refused);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private Deployments() {
    }
}
