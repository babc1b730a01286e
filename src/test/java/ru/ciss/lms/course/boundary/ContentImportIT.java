package ru.ciss.lms.course.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ciss.lms.course.control.ImportReport;
import ru.ciss.lms.launch.Folders;
import ru.ciss.lms.testing.Deployments;

/**
 * Importing content/ into MariaDB: idempotent, in place, archiving instead of deleting, all or nothing. Changes
 * are tried on a copy of the small programme under a fresh id, so the real programmes other tests read stay as
 * they are.
 */
@ExtendWith(ArquillianExtension.class)
class ContentImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(Folders.class); // its folder helpers run in the server with the test
    }

    @Inject
    ContentImports imports;


    @Test
    void theSchoolsProgrammesAreImportedOnStartAndImportingAgainChangesNothing() throws SQLException {
        ImportReport again = imports.importFrom(imports.contentRoot());
        assertTrue(again.ok(), again::toString);
        assertTrue(again.changedNothing(), again::toString);
        assertEquals("Школа лидеров ресурсных центров", text("SELECT title FROM programme WHERE code = 'rc-leaders'"));
        assertTrue(number("SELECT COUNT(*) FROM course_module m JOIN programme p ON p.id = m.programme_id "
                + "WHERE p.code = 'rc-leaders' AND NOT m.archived") >= 5);
        assertTrue(number("SELECT COUNT(*) FROM lesson l JOIN programme p ON p.id = l.programme_id "
                + "WHERE p.code = 'rc-leaders' AND NOT l.archived") >= 15);
        assertEquals(1, number("SELECT COUNT(*) FROM programme WHERE code = 'social-innovations'"));
    }

    @Test
    void aChangedLessonIsUpdatedInPlaceAndARemovedModulesLessonsAreArchived() throws Exception {
        Path root = Files.createTempDirectory("content-");
        try {
            String code = copySmallProgramme(root);
            ImportReport first = imports.importFrom(root);
            assertTrue(first.ok(), first::toString);
            assertEquals(1, first.programmesCreated());
            Path lessonFile = firstLesson(root.resolve(code));
            long lessonId = number("SELECT l.id FROM lesson l JOIN programme p ON p.id = l.programme_id "
                    + "WHERE p.code = '" + code + "' AND l.code = '" + lessonCode(lessonFile) + "'");

            Files.writeString(lessonFile, Files.readString(lessonFile) + "\nДобавлен абзац о Таврическом районе.\n");
            ImportReport second = imports.importFrom(root);
            assertEquals(1, second.lessonsUpdated(), second::toString);
            assertEquals(0, second.lessonsCreated());
            assertTrue(text("SELECT markdown FROM lesson WHERE id = " + lessonId).contains("Таврическом"),
                    "the same row, updated in place");

            removeSecondModule(root.resolve(code));
            ImportReport third = imports.importFrom(root);
            assertTrue(third.ok(), third::toString);
            assertTrue(third.lessonsArchived() >= 1, third::toString);
            assertEquals(third.lessonsArchived(), number("SELECT COUNT(*) FROM lesson l JOIN programme p "
                    + "ON p.id = l.programme_id WHERE p.code = '" + code + "' AND l.archived"),
                    "archived lessons are kept, not deleted");
        } finally {
            Folders.deleteTree(root);
        }
    }

    @Test
    void withAnyProblemInTheFilesNothingChanges() throws Exception {
        Path root = Files.createTempDirectory("content-");
        try {
            String code = copySmallProgramme(root);
            assertTrue(imports.importFrom(root).ok());
            Path lessonFile = firstLesson(root.resolve(code));
            String lessonQuery = "SELECT markdown FROM lesson l JOIN programme p ON p.id = l.programme_id "
                    + "WHERE p.code = '" + code + "' AND l.code = '" + lessonCode(lessonFile) + "'";
            String before = text(lessonQuery);
            Files.writeString(lessonFile, Files.readString(lessonFile) + "\nЭтот абзац не должен попасть в базу.\n");
            Path descriptor = root.resolve(code).resolve("programme.yaml");
            Files.writeString(descriptor, Files.readString(descriptor).replaceFirst("weight: 35", "weight: 5"));

            ImportReport refused = imports.importFrom(root);
            assertFalse(refused.ok());
            assertTrue(refused.problems().stream().anyMatch(p -> p.key().equals("weights")), refused::toString);
            assertEquals(before, text(lessonQuery), "nothing half-imported");
        } finally {
            Folders.deleteTree(root);
        }
    }

    /** A copy of social-innovations under a fresh id and certificate series; returns the id. */
    private String copySmallProgramme(Path root) throws IOException {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        String code = "t" + unique;
        Path source = imports.contentRoot().resolve("social-innovations");
        Path target = root.resolve(code);
        Folders.copyTree(source, target, StandardCopyOption.REPLACE_EXISTING);
        Path descriptor = target.resolve("programme.yaml");
        Files.writeString(descriptor, Files.readString(descriptor)
                .replace("id: social-innovations", "id: " + code)
                .replace("series: СИ", "series: T" + unique.toUpperCase()));
        return code;
    }

    private static Path firstLesson(Path programme) throws IOException {
        try (Stream<Path> modules = Files.list(programme)) {
            Path module = modules.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
            try (Stream<Path> files = Files.list(module)) {
                return files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.md")).sorted().findFirst().orElseThrow();
            }
        }
    }

    private static String lessonCode(Path lessonFile) throws IOException {
        return Files.readAllLines(lessonFile).stream().filter(l -> l.startsWith("id: ")).findFirst().orElseThrow()
                .substring(4).strip();
    }

    private static void removeSecondModule(Path programme) throws IOException {
        Path second;
        try (Stream<Path> modules = Files.list(programme)) {
            // The last one: the module folders are numbered without gaps, and the programme has two or more.
            second = modules.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).findFirst().orElseThrow();
        }
        Folders.deleteTree(second);
        Path descriptor = programme.resolve("programme.yaml");
        Files.writeString(descriptor, Files.readString(descriptor)
                .replace("  - " + second.getFileName() + "\n", ""));
    }

    private String text(String sql) throws SQLException {
        DataSource database;
        try {
            database = (DataSource) new javax.naming.InitialContext().lookup("java:app/jdbc/lms");
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }

    private long number(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }
}
