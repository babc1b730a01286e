package ru.ciss.lms.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The operator's table of settings (src/site/markdown/operations.md), the documented example environment
 * (config/lms.env.example) and the settings the code reads ("lms.*" keys) name the same settings: a new
 * setting cannot be added without being documented, nor a documented one outlive the code.
 */
class OperationsDocTest {

    private static final Pattern EXAMPLE = Pattern.compile("^#?(LMS_[A-Z0-9_]+)=", Pattern.MULTILINE);
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(LMS_[A-Z0-9_]+)` \\| ([^|]+) \\| ([^|].*) \\|$",
            Pattern.MULTILINE);
    /** A MicroProfile Config key as the code writes it: in @ConfigProperty, or as a constant it looks up. */
    private static final Pattern READ_BY_CODE = Pattern.compile("\"(lms\\.[a-z][a-z0-9.-]*)\"");

    /** Strings of that shape that are no setting: a session attribute's name. */
    private static final Set<String> NO_SETTING = Set.of("LMS_SESSION_INVITATION");

    /** Read by the tests' and the launcher's code, not by the application. */
    private static final Set<String> OUTSIDE_THE_APP = Set.of("LMS_EMBEDDED_DB_PORT", "LMS_TEST_DB_URL",
            "LMS_TEST_DB_USER", "LMS_TEST_DB_PASSWORD");

    @Test
    void theTableListsExactlyTheSettingsOfTheExampleEachWithADefaultAndAMeaning() throws IOException {
        Set<String> example = names(EXAMPLE, Files.readString(Path.of("config/lms.env.example")));
        String operations = Files.readString(Path.of("src/site/markdown/operations.md"));
        Set<String> table = names(TABLE_ROW, operations);
        assertEquals(example, table, "config/lms.env.example against the table in operations.md");
        Matcher row = TABLE_ROW.matcher(operations);
        while (row.find()) {
            assertTrue(!row.group(2).isBlank() && !row.group(3).isBlank(), row.group());
        }
    }

    @Test
    void everySettingTheCodeReadsIsInTheExample() throws IOException {
        Set<String> example = names(EXAMPLE, Files.readString(Path.of("config/lms.env.example")));
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = READ_BY_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    read.add(m.group(1).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
                }
            }
        }
        assertTrue(read.size() > 30, () -> "too few settings found, is the pattern still right? " + read);
        read.removeAll(NO_SETTING);
        Set<String> missing = new TreeSet<>(read);
        missing.removeAll(example);
        assertEquals(Set.of(), missing, "read by the code, missing from config/lms.env.example");
        Set<String> unused = new TreeSet<>(example);
        unused.removeAll(read);
        unused.removeAll(OUTSIDE_THE_APP);
        assertEquals(Set.of(), unused, "in config/lms.env.example but read by nobody");
    }

    private static Set<String> names(Pattern pattern, String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
