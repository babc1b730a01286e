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

    private Deployments() {
    }
}
