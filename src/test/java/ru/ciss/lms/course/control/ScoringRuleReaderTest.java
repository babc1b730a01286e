package ru.ciss.lms.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.ciss.lms.course.ContentModel;

/** programme.yaml rubric.scoring (issue #22): blind unless a programme says open; anything else is reported. */
class ScoringRuleReaderTest {

    private static final Path CONTENT = Path.of(System.getProperty("lms.project.dir", "."), "content");

    @TempDir
    Path copy;

    private final ContentReader reader = new ContentReader();

    @Test
    void scoringIsBlindUnlessTheProgrammeSaysOpen() throws IOException {
        assertFalse(rubric(copyOf("social-innovations")).scoringOpen(), "blind by default");
        setScoring("open");
        ContentReader.Result open = reader.read(copy);
        assertEquals(List.of(), open.problems());
        assertTrue(rubric(open).scoringOpen());
        setScoring("blind");
        assertFalse(rubric(reader.read(copy)).scoringOpen());
    }

    @Test
    void anotherValueIsReportedWithItsLine() throws IOException {
        copyOf("social-innovations");
        setScoring("names");
        List<ContentProblem> problems = reader.read(copy).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("type", problems.getFirst().key());
        assertEquals("social-innovations/programme.yaml", problems.getFirst().file());
        assertTrue(problems.getFirst().line() > 1);
    }

    private void setScoring(String value) throws IOException {
        Path yaml = copy.resolve("social-innovations/programme.yaml");
        String text = Files.readString(yaml).replaceAll("\n  scoring: [a-z]+", "");
        assertTrue(text.contains("\nrubric:\n"), "the rubric block");
        Files.writeString(yaml, text.replace("\nrubric:\n", "\nrubric:\n  scoring: " + value + "\n"));
    }

    private static ContentModel.Rubric rubric(ContentReader.Result result) {
        return result.programmes().stream().filter(p -> p.id().equals("social-innovations")).findFirst()
                .orElseThrow().rubric();
    }

    private ContentReader.Result copyOf(String programme) throws IOException {
        Path source = CONTENT.resolve(programme);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(programme).resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        ContentReader.Result result = reader.read(copy);
        assertEquals(List.of(), result.problems(), "the untouched copy is valid");
        return result;
    }
}
