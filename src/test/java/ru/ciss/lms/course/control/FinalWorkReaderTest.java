package ru.ciss.lms.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.ciss.lms.course.FinalWorkForm;

/** The final_work section of programme.yaml (content/README.md, section 3): each programme's own form, read strictly. */
class FinalWorkReaderTest {

    private static final Path CONTENT = Path.of(System.getProperty("lms.project.dir", "."), "content");

    @TempDir
    Path copy;

    private final ContentReader reader = new ContentReader();

    @Test
    void eachSchoolHasItsOwnForm() {
        ContentReader.Result result = reader.read(CONTENT);
        assertEquals(List.of(), result.problems());
        FinalWorkForm leaders = form(result, "rc-leaders");
        FinalWorkForm innovations = form(result, "social-innovations");
        assertEquals(FinalWorkForm.Kind.ROWS, leaders.field("services").kind);
        assertEquals(List.of("name", "audience", "frequency"),
                leaders.field("services").columns.stream().map(c -> c.id).toList());
        assertEquals(1_000_000_000L, leaders.field("funding").columns.get(2).max);
        assertEquals(FinalWorkForm.Kind.CHOICE, leaders.field("host-kind").kind);
        assertEquals(5, leaders.field("host-kind").options.size());
        assertEquals(null, innovations.field("services"), "no resource-centre plan in the innovations school");
        for (String id : List.of("problem", "idea", "pilot", "business-model", "indicators", "team-partners")) {
            assertTrue(innovations.field(id) != null, id);
        }
        assertEquals("Показатели социального эффекта", innovations.field("indicators").label);
        assertEquals("Indicators of social impact", innovations.field("indicators").labelEn);
        assertTrue(innovations.field("problem").required);
        assertEquals(5000, innovations.field("problem").maxLength);
    }

    @Test
    void theContentHashChangesExactlyWhenTheFormDoes() throws IOException {
        Path programme = copyOf("social-innovations");
        String before = form(reader.read(copy), "social-innovations").toString();
        assertEquals(before, form(reader.read(copy), "social-innovations").toString(), "read twice, the same");
        replace(programme.resolve("programme.yaml"), "label: Форма проекта", "label: Форма и статус проекта");
        assertNotEquals(before, form(reader.read(copy), "social-innovations").toString());
    }

    @Test
    void aMissingSectionIsReported() throws IOException {
        Path programme = copyOf("social-innovations");
        String text = Files.readString(programme.resolve("programme.yaml"));
        Files.writeString(programme.resolve("programme.yaml"),
                text.substring(0, text.indexOf("final_work:")) + text.substring(text.indexOf("modules:")));
        ContentProblem missing = only(reader.read(copy).problems(), "missingField");
        assertEquals("final_work", missing.args()[0]);
        assertEquals("social-innovations/programme.yaml", missing.file());
    }

    @Test
    void badIdsKindsAndKeysAreReportedWithTheirLines() throws IOException {
        Path programme = copyOf("social-innovations");
        Path yaml = programme.resolve("programme.yaml");
        replace(yaml, "    - id: idea\n", "    - id: 2idea\n");
        replace(yaml, "    - id: pilot\n", "    - id: slides\n");
        replace(yaml, "    - id: risks\n      label: Риски и меры\n      label_en: Risks and responses\n      kind: textarea",
                "    - id: risks\n      label: Риски и меры\n      label_en: Risks and responses\n      kind: longtext");
        replace(yaml, "      kind: choice\n      required: true\n      options:\n        - id: ngo",
                "      kind: choice\n      max_length: 10\n      required: true\n      options:\n        - id: ngo");
        List<ContentProblem> problems = reader.read(copy).problems();
        assertEquals("2idea", only(problems, "finalWorkId").args()[0]);
        assertEquals("slides", only(problems, "finalWorkReserved").args()[0]);
        assertEquals(List.of("max_length", "choice"), List.of(only(problems, "finalWorkKey").args()));
        ContentProblem kind = only(problems, "type");
        assertEquals("kind", kind.args()[0]);
        assertTrue(kind.line() > only(problems, "finalWorkKey").line(), problems::toString);
        problems.forEach(p -> assertEquals("social-innovations/programme.yaml", p.file()));
    }

    @Test
    void twiceUsedIdsMissingBoundsAndARequiredTableWithoutRequiredColumnsAreReported() throws IOException {
        Path programme = copyOf("social-innovations");
        Path yaml = programme.resolve("programme.yaml");
        replace(yaml, "    - id: pilot\n", "    - id: idea\n");
        replace(yaml, "          min: 1\n          max: 12\n", "          min: 1\n");
        String text = Files.readString(yaml);
        int indicators = text.indexOf("    - id: indicators");
        int next = text.indexOf("    - id: goal-protection");
        Files.writeString(yaml, text.substring(0, indicators)
                + text.substring(indicators, next).replace("          required: true", "          required: false")
                + text.substring(next));
        List<ContentProblem> problems = reader.read(copy).problems();
        assertEquals("idea", only(problems, "finalWorkIdTaken").args()[0]);
        assertEquals("max", only(problems, "missingField").args()[0]);
        assertEquals("indicators", only(problems, "finalWorkRequiredRows").args()[0]);
    }

    @Test
    void aTableInsideATableAndAnUnknownFieldAreRefused() throws IOException {
        Path programme = copyOf("social-innovations");
        Path yaml = programme.resolve("programme.yaml");
        replace(yaml, "        - id: step\n          label: Что будет сделано\n          label_en: What will be done\n"
                + "          kind: text", "        - id: step\n          label: Что будет сделано\n"
                + "          label_en: What will be done\n          kind: rows");
        replace(yaml, "    - id: risks\n", "    - id: risks\n      hint: Подсказка\n");
        List<ContentProblem> problems = reader.read(copy).problems();
        assertEquals("text/number/choice", only(problems, "type").args()[1]);
        assertEquals("hint", only(problems, "unknownField").args()[0]);
    }

    private static FinalWorkForm form(ContentReader.Result result, String id) {
        return result.programmes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().finalWork();
    }

    private static ContentProblem only(List<ContentProblem> problems, String key) {
        List<ContentProblem> found = problems.stream().filter(p -> p.key().equals(key)).toList();
        assertEquals(1, found.size(), () -> key + " in " + problems);
        return found.getFirst();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
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
