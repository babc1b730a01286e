package ru.ciss.lms.platform.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bean that starts with the app and touches the database must start after the migrations: on a new database
 * the tables do not exist before them. A sweep that once ran first failed on the first start of a new install.
 */
class StartupOrderTest {

    @Test
    void everyStartupBeanWaitsForTheMigrations() throws Exception {
        Map<String, Class<?>> startup = startupBeans();
        assertTrue(startup.containsKey("Migrations"), "the scan finds the migrations: " + startup.keySet());
        assertTrue(startup.size() > 3, "the scan finds the start-up beans: " + startup.keySet());
        List<String> early = new ArrayList<>();
        for (Class<?> bean : startup.values()) {
            if (bean != Migrations.class && !reachesMigrations(bean, startup, 0)) {
                early.add(bean.getName());
            }
        }
        assertTrue(early.isEmpty(), "these start before the migrations: " + early);
    }

    @Test
    void aBeanWithoutDependsOnIsCaught() {
        assertFalse(reachesMigrations(Unordered.class, Map.of("Migrations", Migrations.class), 0));
    }

    @Startup
    static final class Unordered {
    }

    private static boolean reachesMigrations(Class<?> bean, Map<String, Class<?>> startup, int depth) {
        DependsOn dependsOn = bean.getAnnotation(DependsOn.class);
        if (dependsOn == null || depth > 10) {
            return false;
        }
        for (String name : dependsOn.value()) {
            Class<?> next = startup.get(name);
            if ("Migrations".equals(name) || (next != null && reachesMigrations(next, startup, depth + 1))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Class<?>> startupBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of(System.getProperty("lms.build.dir", "target"), "classes");
        Map<String, Class<?>> beans = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, StartupOrderTest.class.getClassLoader());
                if (type.isAnnotationPresent(Startup.class)) {
                    beans.put(type.getSimpleName(), type);
                }
            }
        }
        return beans;
    }
}
