package ru.ciss.lms.platform.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

class YamlFieldsTest {

    /** A problem as the reader reported it. */
    record Seen(int line, String key, List<Object> args) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private final YamlFields yaml = new YamlFields(2, (line, key, args) -> seen.add(new Seen(line, key, List.of(args))));

    @Test
    void everyProblemIsReportedWithItsLineBelowTheOffset() {
        Map<String, Node> fields = yaml.parse("id: Bad_Id\nhours: many\nsize: 80\ncolour: red\n",
                Set.of("id", "hours", "size"));
        assertEquals("Bad_Id", yaml.id(fields, "id", 1));
        yaml.integer(fields, "hours", 1, 100, 1);
        yaml.decimal(fields, "size", 6, 72, 1);
        yaml.string(fields, "title", 10, 1);
        assertEquals(List.of(
                new Seen(6, "unknownField", List.of("colour", "hours, id, size")),
                new Seen(3, "idSyntax", List.of("Bad_Id")),
                new Seen(4, "type", List.of("hours", "integer", "many")),
                new Seen(5, "range", List.of("size", 6f, 72f, "80")),
                new Seen(1, "missingField", List.of("title"))), seen);
    }

    @Test
    void aKeyWrittenTwiceIsAProblemNotASilentOverwrite() {
        Map<String, Node> fields = yaml.parse("title: first\ntitle: second\n", Set.of());
        assertEquals(List.of(new Seen(4, "yaml", List.of("found duplicate key title"))), seen);
        assertEquals("second", yaml.string(fields, "title", 100, 1), "reading goes on, so every problem is listed");
    }

    @Test
    void numbersWithAFractionButNoNaN() {
        Map<String, Node> fields = yaml.parse("a: 2.5\nb: .nan\nc: 12mm\nd: '#1F3A5F'\ne: #1F3A5F\n", Set.of());
        assertEquals(2.5f, yaml.decimal(fields, "a", 0, 10, 1));
        assertNull(yaml.decimal(fields, "b", 0, 10, 1));
        assertNull(yaml.decimal(fields, "c", 0, 10, 1));
        assertEquals("#1F3A5F", yaml.string(fields, "d", 10, 1));
        assertNull(yaml.string(fields, "e", 10, 1), "an unquoted # starts a comment: no value");
        assertEquals(List.of("b", "c", "e"), seen.stream().map(s -> (String) s.args().getFirst()).toList());
        assertEquals("", seen.getLast().args().get(2), "what was written is reported: nothing");
    }

    @Test
    void brokenOrEmptyYamlIsOneProblemAndNoFields() {
        assertNull(yaml.parse("a: [\n", Set.of()));
        assertNull(yaml.parse("", Set.of()));
        assertNull(yaml.parse("a: &x [1]\nb: *x\n", Set.of()), "no aliases: a hand-written file needs none");
        assertEquals(List.of("yaml", "yaml", "yaml"), seen.stream().map(Seen::key).toList());
        assertEquals(List.of("empty"), seen.get(1).args());
    }

    @Test
    void aReaderMayStopAtTheFirstProblem() {
        YamlFields strict = new YamlFields(0, (line, key, args) -> {
            throw new IllegalArgumentException(key + " at " + line);
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> strict.parse("x: 1\ny: 2\n", Set.of("x")));
        assertEquals("unknownField at 2", e.getMessage(), "thrown as it was, not wrapped as a YAML error");
        assertTrue(strict.parse("x: 1\n", Set.of("x")).containsKey("x"));
    }
}
