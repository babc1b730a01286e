package ru.ciss.lms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The tests run Payara Micro with the same listener settings as the app, except that it listens on every address. */
class PreBootSettingsTest {

    private static final Path PROJECT = Path.of(System.getProperty("lms.project.dir", ".")).toAbsolutePath();

    @org.junit.jupiter.api.Test
    void theTestsUseTheAppsPreBootSettingsButTheLoopbackAddress() throws Exception {
        List<String> app = commands(PROJECT.resolve("config/pre-boot.asadmin"));
        List<String> tests = commands(PROJECT.resolve("src/test/resources/payara/pre-boot-tests.asadmin"));
        assertFalse(tests.isEmpty());
        assertEquals(app.stream().filter(c -> !c.contains("http-listener.address=")).toList(), tests);
    }

    private static List<String> commands(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }
}
