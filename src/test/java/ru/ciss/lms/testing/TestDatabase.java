package ru.ciss.lms.testing;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import ru.ciss.lms.launch.EmbeddedMariaDb;
import ru.ciss.lms.launch.Folders;

/**
 * Starts the embedded MariaDB once for the integration-test JVM, before any test class, when the build asks for it
 * (failsafe sets lms.test.db.embedded=true unless LMS_TEST_DB_URL names a server). Payara Micro, started by
 * Arquillian, reaches it through LMS_DB_URL, which the build points at the same port.
 */
public class TestDatabase implements LauncherSessionListener {

    private static EmbeddedMariaDb embedded;

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        if (embedded != null || !Boolean.getBoolean("lms.test.db.embedded")) {
            return;
        }
        int port = Integer.parseInt(System.getProperty("lms.test.db.port"));
        Path build = Path.of(System.getProperty("lms.build.dir", "target"));
        Path data = build.resolve("test-db").resolve(String.valueOf(port));
        try {
            Folders.deleteTree(data);
            embedded = new EmbeddedMariaDb(build, data, port);
            embedded.start();
            embedded.createDatabase("lms_test", System.getProperty("lms.test.db.user", "lms"),
                    System.getProperty("lms.test.db.password", "lms"));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded test database", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "test-db-stop"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        // The shared app server first: stopped after its database, it would log a storm of connection errors.
        SharedApplication.stop();
        stop();
    }

    private static synchronized void stop() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
