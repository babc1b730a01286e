package ru.ciss.lms.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.ciss.lms.course.ContentModel;
import ru.ciss.lms.course.LessonMarkdown;

/** The content/ format (content/README.md): the school's real programmes pass; every kind of mistake is named. */
class ContentReaderTest {

    private static final Path CONTENT = Path.of(System.getProperty("lms.project.dir", "."), "content");

    @TempDir
    Path copy;

    private final ContentReader reader = new ContentReader();

    @Test
    void theSchoolsProgrammesAreValid() {
        ContentReader.Result result = reader.read(CONTENT);
        assertEquals(List.of(), result.problems());
        ContentModel.Programme leaders = result.programmes().stream()
                .filter(p -> p.id().equals("rc-leaders")).findFirst().orElseThrow();
        assertEquals("Школа лидеров ресурсных центров", leaders.title());
        assertTrue(leaders.modules().size() >= 5);
        leaders.modules().forEach(m -> assertTrue(m.lessons().size() >= 3, m.id()));
        assertEquals(100, leaders.rubric().criteria().stream().mapToInt(ContentModel.Criterion::weight).sum());
        assertEquals("РЦ", leaders.certificate().series());
        assertTrue(result.programmes().stream().anyMatch(p -> p.id().equals("social-innovations")));
    }

    @Test
    void rubricWeightsNotSummingTo100AreReportedWithTheirLine() throws IOException {
        Path programme = copyOf("social-innovations");
        replaceFirst(programme.resolve("programme.yaml"), "weight: 35", "weight: 34");
        List<ContentProblem> problems = reader.read(copy).problems();
        ContentProblem weights = only(problems, "weights");
        assertEquals("social-innovations/programme.yaml", weights.file());
        assertTrue(weights.line() > 1);
        assertEquals(99, weights.args()[0]);
    }

    @Test
    void aQuestionWithTwoCorrectAnswersIsReported() throws IOException {
        Path programme = copyOf("social-innovations");
        Path selfCheck = firstModule(programme).resolve("self-check.yaml");
        replaceFirst(selfCheck, "correct: false", "correct: true");
        ContentProblem problem = only(reader.read(copy).problems(), "correctOptions");
        assertTrue(problem.file().endsWith("self-check.yaml"));
        assertTrue(problem.line() > 0);
    }

    @Test
    void rawHtmlExternalLinksAndATopHeadingInALessonAreReportedByLine() throws IOException {
        Path programme = copyOf("social-innovations");
        Path lesson = lessonOf(firstModule(programme));
        append(lesson, "\n# Заголовок\n\n<script>alert(1)</script>\n\nСм. https://example.org\n");
        List<ContentProblem> problems = reader.read(copy).problems();
        assertTrue(only(problems, "heading1").line() > 1);
        assertTrue(only(problems, "html").line() > only(problems, "heading1").line());
        assertTrue(only(problems, "externalLink").line() > only(problems, "html").line());
    }

    @Test
    void anIdUsedTwiceInAProgrammeIsReportedWithBothPlaces() throws IOException {
        Path programme = copyOf("social-innovations");
        Path module = firstModule(programme);
        String assignment = Files.readString(module.resolve("assignment.md"));
        String moduleId = module.getFileName().toString().substring(3);
        Files.writeString(module.resolve("assignment.md"),
                assignment.replaceFirst("(?m)^id: .*$", "id: " + moduleId), StandardCharsets.UTF_8);
        ContentProblem taken = only(reader.read(copy).problems(), "idTaken");
        assertEquals(moduleId, taken.args()[0]);
        assertTrue(String.valueOf(taken.args()[1]).contains("module.yaml"));
    }

    @Test
    void misnamedFilesYamlErrorsAndAnUnlistedModuleAreReported() throws IOException {
        Path programme = copyOf("social-innovations");
        Path module = firstModule(programme);
        Files.move(module.resolve("self-check.yaml"), module.resolve("self_check.yaml"));
        Files.writeString(module.resolve("module.yaml"), "id: [unclosed\n", StandardCharsets.UTF_8);
        Files.createDirectories(programme.resolve("03-extra-module"));
        List<ContentProblem> problems = reader.read(copy).problems();
        assertEquals("self_check.yaml", only(problems, "unexpectedFile").args()[0]);
        assertTrue(problems.stream().anyMatch(p -> p.key().equals("missingFile") && p.file().endsWith("self-check.yaml")));
        assertTrue(only(problems, "yaml").file().endsWith("module.yaml"));
        assertTrue(problems.stream().anyMatch(p -> p.key().equals("modulesList")), problems::toString);
    }

    @Test
    void windowsLineEndsAndOtherEncodingsAreReportedNotGuessed() throws IOException {
        Path programme = copyOf("social-innovations");
        Path module = firstModule(programme);
        Files.writeString(module.resolve("module.yaml"),
                Files.readString(module.resolve("module.yaml")).replace("\n", "\r\n"));
        Path lesson = lessonOf(module);
        Files.write(lesson, Files.readString(lesson).getBytes(java.nio.charset.Charset.forName("windows-1251")));
        List<ContentProblem> problems = reader.read(copy).problems();
        assertTrue(only(problems, "crlf").file().endsWith("module.yaml"));
        assertTrue(only(problems, "encoding").file().equals(copy.relativize(lesson).toString()));
    }

    @Test
    void markdownIsRenderedWithRawHtmlShownAsTextAndScriptLinksRemoved() {
        String html = LessonMarkdown.toHtml("## Раздел\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n"
                + "| А | Б |\n|---|---|\n| 1 | 2 |\n");
        assertTrue(html.contains("<h2>Раздел</h2>"));
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("<table>"), html);
    }

    // ---- helpers ----

    private static ContentProblem only(List<ContentProblem> problems, String key) {
        List<ContentProblem> found = problems.stream().filter(p -> p.key().equals(key)).toList();
        assertEquals(1, found.size(), () -> key + " in " + problems);
        return found.getFirst();
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

    private static Path firstModule(Path programme) throws IOException {
        try (Stream<Path> entries = Files.list(programme)) {
            return entries.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
    }

    private static Path lessonOf(Path module) throws IOException {
        try (Stream<Path> entries = Files.list(module)) {
            return entries.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.md")).sorted().findFirst().orElseThrow();
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void replaceFirst(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(from);
        assertTrue(at >= 0, from);
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }
}
