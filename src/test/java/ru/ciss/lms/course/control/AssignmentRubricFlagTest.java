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

/**
 * assignment.md may say {@code rubric: true} (the draft of the final work, reviewed with the rubric in view); nothing
 * else may, and the value is a boolean.
 */
class AssignmentRubricFlagTest {

    private static final Path CONTENT = Path.of(System.getProperty("lms.project.dir", "."), "content");

    @TempDir
    Path copy;

    private final ContentReader reader = new ContentReader();

    @Test
    void onlyTheResourceCentreDraftIsReviewedWithTheRubric() {
        ContentModel.Programme leaders = reader.read(CONTENT).programmes().stream()
                .filter(p -> p.id().equals("rc-leaders")).findFirst().orElseThrow();
        assertTrue(leaders.modules().getLast().assignment().rubric(), "module 6: the draft of the final presentation");
        leaders.modules().subList(0, leaders.modules().size() - 1)
                .forEach(m -> assertFalse(m.assignment().rubric(), m.id()));
        assertFalse(leaders.finalPresentation().rubric());
    }

    @Test
    void theFlagIsABooleanAndOnlyForAssignments() throws IOException {
        Path programme = copyOf("rc-leaders");
        Path draft = programme.resolve("06-resource-centre-launch").resolve("assignment.md");
        Files.writeString(draft, Files.readString(draft).replace("rubric: true", "rubric: yes"));
        Path brief = programme.resolve("final-presentation.md");
        Files.writeString(brief, Files.readString(brief).replaceFirst("\n---\n", "\nrubric: true\n---\n"));
        List<ContentProblem> problems = reader.read(copy).problems();
        assertEquals(List.of("type rubric", "unknownField rubric"),
                problems.stream().map(p -> p.key() + " " + p.args()[0]).sorted().toList(), problems::toString);
    }

    private Path copyOf(String programme) throws IOException {
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
        assertEquals(List.of(), reader.read(copy).problems(), "the untouched copy is valid");
        return copy.resolve(programme);
    }
}
