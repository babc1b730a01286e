package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text key is written twice in a bundle. Properties keep the later of two lines silently, so a new text given a
 * key already in use replaced an old one on another page (the move dialog's «Новый поток:» took the place of the
 * move form's hint).
 */
class BundleKeysTest {

    private static final Path RESOURCES = Path.of(System.getProperty("lms.project.dir", "."))
            .toAbsolutePath().resolve("src/main/resources");

    @Test
    void everyKeyIsWrittenOnceInItsBundle() throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            bundles = files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
        assertFalse(bundles.isEmpty(), () -> "no bundles under " + RESOURCES);
        List<String> twice = new ArrayList<>();
        for (Path bundle : bundles) {
            twice.addAll(repeatedKeys(Files.readAllLines(bundle, StandardCharsets.UTF_8)).stream()
                    .map(key -> RESOURCES.relativize(bundle) + ": " + key).toList());
        }
        assertTrue(twice.isEmpty(), () -> "keys written twice:\n" + String.join("\n", twice));
    }

    @Test
    void theCheckFindsARepeatedKeyButNotAContinuedLine() {
        assertEquals(List.of("a.b"), repeatedKeys(List.of("# a.b=comment", "a.b=one", "c=two \\", "  a.b=still c",
                "a.b = three")));
    }

    /** The keys of a properties file's lines that appear a second time (comments and continued lines skipped). */
    static List<String> repeatedKeys(List<String> lines) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        boolean continued = false;
        for (String raw : lines) {
            String line = raw.stripLeading();
            boolean continuation = continued;
            continued = endsWithOddBackslashes(raw);
            if (continuation || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && "=: \t".indexOf(line.charAt(end)) < 0) {
                end += line.charAt(end) == '\\' ? 2 : 1;
            }
            String key = line.substring(0, Math.min(end, line.length()));
            if (!seen.add(key)) {
                repeated.add(key);
            }
        }
        return repeated;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
