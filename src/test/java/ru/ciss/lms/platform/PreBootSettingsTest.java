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

    /**
     * Issue #25: a few HTTP worker threads, not Payara's 200. With 200, twenty parallel requests ran at once on two
     * cores and the pages cost 8-50 % more CPU (benchmarks.md, thirteenth session).
     */
    @org.junit.jupiter.api.Test
    void theAppServesWithAFewWorkerThreads() throws Exception {
        String key = "http-thread-pool.max-thread-pool-size=";
        for (String file : List.of("config/pre-boot.asadmin", "config/pre-boot-cluster.asadmin")) {
            List<String> sizes = commands(PROJECT.resolve(file)).stream().filter(c -> c.contains(key))
                    .map(c -> c.substring(c.indexOf(key) + key.length())).toList();
            assertEquals(1, sizes.size(), () -> file + " sets the worker threads once: " + sizes);
            int size = Integer.parseInt(sizes.get(0));
            assertTrue(size >= 3 && size <= 8, () -> file + ": " + size + " worker threads");
        }
    }

    private static List<String> commands(Path file) throws Exception {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }
}
