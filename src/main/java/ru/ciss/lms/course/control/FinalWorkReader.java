package ru.ciss.lms.course.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import ru.ciss.lms.course.FinalWorkForm;
import ru.ciss.lms.platform.yaml.YamlFields;

/**
 * The {@code final_work} section of programme.yaml: the form a trainee fills in for the final work (content/README.md,
 * section 3). Every field a kind does not use is an error rather than ignored, so a typo cannot silently change the
 * form.
 */
final class FinalWorkReader {

    /** A field id is also the name of the form's input on the page, which must begin with a letter. */
    static final String FIELD_ID = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
    static final int MAX_FIELDS = 30;
    static final int MAX_COLUMNS = 6;
    static final int MAX_OPTIONS = 20;
    static final int MAX_TEXT = 1000;
    static final int MAX_TEXTAREA = 10000;
    static final long MAX_NUMBER = 2_000_000_000L;

    /** Names the plan page gives its own inputs and buttons; a field or column with one of them would clash. */
    static final Set<String> RESERVED = Set.of("district", "video", "slides", "save", "submit", "cohort", "version",
            "remove");

    private static final Set<String> KEYS = Set.of("id", "label", "label_en", "kind", "required", "max_length", "min",
            "max", "options", "columns");
    /** Besides id, label, label_en, kind and required, which every field has. */
    private static final Map<FinalWorkForm.Kind, Set<String>> KIND_KEYS = Map.of(
            FinalWorkForm.Kind.TEXT, Set.of("max_length"),
            FinalWorkForm.Kind.TEXTAREA, Set.of("max_length"),
            FinalWorkForm.Kind.NUMBER, Set.of("min", "max"),
            FinalWorkForm.Kind.CHOICE, Set.of("options"),
            FinalWorkForm.Kind.ROWS, Set.of("columns"));

    private final YamlFields yaml;
    private final ContentReader.ProgrammeReader programme;

    FinalWorkReader(YamlFields yaml, ContentReader.ProgrammeReader programme) {
        this.yaml = yaml;
        this.programme = programme;
    }

    FinalWorkForm read(Map<String, Node> fields) {
        Node node = yaml.required(fields, "final_work");
        if (node == null) {
            return null;
        }
        int line = yaml.line(node);
        Map<String, Node> section = yaml.mapping(node, Set.of("fields"));
        List<Node> fieldNodes = yaml.list(section, "fields", line);
        if (section.containsKey("fields") && (fieldNodes.isEmpty() || fieldNodes.size() > MAX_FIELDS)) {
            yaml.problem(yaml.line(section.get("fields")), "range", "fields", 1, MAX_FIELDS);
        }
        return new FinalWorkForm(fields(fieldNodes, false));
    }

    private List<FinalWorkForm.Field> fields(List<Node> nodes, boolean columns) {
        List<FinalWorkForm.Field> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            FinalWorkForm.Field field = field(node, columns);
            if (field.id != null && !ids.add(field.id)) {
                yaml.problem(yaml.line(node), "finalWorkIdTaken", field.id);
            } else if (field.id != null && !columns) {
                programme.claim(field.id, programme.name(programme.folderPath().resolve("programme.yaml")),
                        yaml.line(node));
            }
            read.add(field);
        }
        return read;
    }

    private FinalWorkForm.Field field(Node node, boolean column) {
        int at = yaml.line(node);
        Map<String, Node> f = yaml.mapping(node, KEYS);
        FinalWorkForm.Field field = new FinalWorkForm.Field();
        field.id = yaml.string(f, "id", 60, at);
        if (field.id != null && !field.id.matches(FIELD_ID)) {
            yaml.problem(yaml.line(f.get("id")), "finalWorkId", field.id);
        } else if (field.id != null && (RESERVED.contains(field.id) || field.id.startsWith("add-")
                || field.id.endsWith("-rows") || field.id.endsWith("-heading"))) {
            yaml.problem(yaml.line(f.get("id")), "finalWorkReserved", field.id);
        }
        field.label = yaml.string(f, "label", 200, at);
        field.labelEn = yaml.string(f, "label_en", 200, at);
        field.required = Boolean.TRUE.equals(yaml.bool(f, "required", at));
        field.kind = kind(f, at, column);
        if (field.kind == null) {
            return field;
        }
        for (String key : f.keySet()) {
            if (KEYS.contains(key) && !Set.of("id", "label", "label_en", "kind", "required").contains(key)
                    && !KIND_KEYS.get(field.kind).contains(key)) {
                yaml.problem(yaml.line(f.get(key)), "finalWorkKey", key, kindName(field.kind));
            }
        }
        switch (field.kind) {
            case TEXT -> field.maxLength = yaml.integer(f, "max_length", 1, MAX_TEXT, at);
            case TEXTAREA -> field.maxLength = yaml.integer(f, "max_length", 1, MAX_TEXTAREA, at);
            case NUMBER -> {
                field.min = number(f, "min", at);
                field.max = number(f, "max", at);
                if (field.min != null && field.max != null && field.min > field.max) {
                    yaml.problem(yaml.line(f.get("min")), "range", "min", -MAX_NUMBER, field.max);
                }
            }
            case CHOICE -> field.options = options(f, at);
            case ROWS -> {
                List<Node> columnNodes = yaml.list(f, "columns", at);
                if (f.containsKey("columns") && (columnNodes.isEmpty() || columnNodes.size() > MAX_COLUMNS)) {
                    yaml.problem(yaml.line(f.get("columns")), "range", "columns", 1, MAX_COLUMNS);
                }
                field.columns = fields(columnNodes, true);
                if (field.required && field.columns.stream().noneMatch(c -> c.required)) {
                    yaml.problem(at, "finalWorkRequiredRows", field.id);
                }
            }
            default -> throw new IllegalStateException();
        }
        return field;
    }

    private FinalWorkForm.Kind kind(Map<String, Node> f, int at, boolean column) {
        String value = yaml.string(f, "kind", 20, at);
        if (value == null) {
            return null;
        }
        for (FinalWorkForm.Kind kind : FinalWorkForm.Kind.values()) {
            if (kindName(kind).equals(value) && (!column || kind.isCell())) {
                return kind;
            }
        }
        yaml.problem(yaml.line(f.get("kind")), "type", "kind",
                column ? "text/number/choice" : "text/textarea/number/choice/rows");
        return null;
    }

    private static String kindName(FinalWorkForm.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private Long number(Map<String, Node> f, String key, int at) {
        Integer value = yaml.integer(f, key, (int) -MAX_NUMBER, (int) MAX_NUMBER, at);
        return value == null ? null : value.longValue();
    }

    private List<FinalWorkForm.Option> options(Map<String, Node> f, int at) {
        List<Node> nodes = yaml.list(f, "options", at);
        if (f.containsKey("options") && (nodes.size() < 2 || nodes.size() > MAX_OPTIONS)) {
            yaml.problem(yaml.line(f.get("options")), "range", "options", 2, MAX_OPTIONS);
        }
        List<FinalWorkForm.Option> options = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : nodes) {
            int line = yaml.line(node);
            Map<String, Node> o = yaml.mapping(node, Set.of("id", "label", "label_en"));
            String id = yaml.id(o, "id", line);
            if (id != null && !ids.add(id)) {
                yaml.problem(line, "finalWorkIdTaken", id);
            }
            options.add(new FinalWorkForm.Option(id, yaml.string(o, "label", 200, line),
                    yaml.string(o, "label_en", 200, line)));
        }
        return options;
    }
}
