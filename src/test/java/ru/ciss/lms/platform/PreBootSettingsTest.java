package ru.ciss.lms.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A cluster's instance: the same settings, except that it keeps its data grid and web-session replication on. */
    @org.junit.jupiter.api.Test
    void aClusterInstanceUsesTheSameSettingsButReplicatesSessions() throws Exception {
        String memoryOnly = "web-container-availability.availability-enabled=false";
        String noGrid = "hazelcast-config-specific-configuration.enabled=false";
        List<String> single = commands(PROJECT.resolve("config/pre-boot.asadmin"));
        List<String> cluster = commands(PROJECT.resolve("config/pre-boot-cluster.asadmin"));
        assertTrue(single.stream().anyMatch(c -> c.endsWith(memoryOnly)), "one instance keeps sessions in memory");
        assertTrue(single.stream().anyMatch(c -> c.endsWith(noGrid)), "one instance starts no data grid");
        assertEquals(single.stream().filter(c -> !c.endsWith(memoryOnly) && !c.endsWith(noGrid)).toList(), cluster);
    }

    private static List<String> commands(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }
}
