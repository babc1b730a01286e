package ru.ciss.lms.platform.yaml;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The one checker of hand-written YAML (the course content and the certificate layout): reads typed fields from
 * SnakeYAML's node tree, because only nodes remember the line they were written on, and reports every problem to
 * whoever reads, who decides to collect them all (the content import lists each with its line) or to stop at the
 * first (a certificate layout refuses the start).
 *
 * <p>Problems are a key and arguments: {@code yaml} (parser's message), {@code type} (field, expected, written),
 * {@code unknownField} (field, allowed), {@code missingField} (field), {@code tooLong} (field, max), {@code idSyntax}
 * (value), {@code range} (field, min, max, written).
 */
public final class YamlFields {

    /** Where a reader's problems go. */
    @FunctionalInterface
    public interface Problems {
        void add(int line, String key, Object... args);
    }

    public static final String ID = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private final int lineOffset;
    private final Problems problems;

    /** @param lineOffset lines above the text (a front-matter header starts below the file's first line) */
    public YamlFields(int lineOffset, Problems problems) {
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /** The document's top-level mapping, or null (and a problem) when it does not parse or is no mapping. */
    public Map<String, Node> parse(String text, Set<String> allowed) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0); // nothing written by hand here needs aliases; stops "billion laughs"
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1 + lineOffset;
            problem(line, "yaml", e.getProblem());
            return null;
        } catch (RuntimeException e) {
            problem(0, "yaml", e.getMessage());
            return null;
        }
        if (root == null) {
            problem(1, "yaml", "empty");
            return null;
        }
        return mapping(root, allowed); // outside the try: a reader may stop at a problem by throwing
    }

    /**
     * A mapping's entries by key; keys not in {@code allowed} (when it is not empty) are reported as unknown, a key
     * written twice as a YAML problem (the node tree keeps both, and the second would silently win).
     */
    public Map<String, Node> mapping(Node node, Set<String> allowed) {
        if (node == null) {
            return Map.of(); // reported as missing by whoever expected it
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(line(node), "type", "-", "mapping", written(node));
            return Map.of();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (!allowed.isEmpty() && !allowed.contains(key)) {
                problem(line(tuple.getKeyNode()), "unknownField", key, String.join(", ", new TreeSet<>(allowed)));
            }
            if (fields.put(key, tuple.getValueNode()) != null) {
                problem(line(tuple.getKeyNode()), "yaml", "found duplicate key " + key);
            }
        }
        return fields;
    }

    public String string(Map<String, Node> fields, String key, int maxLength, int nodeLine) {
        Node node = fields.get(key);
        if (node == null) {
            problem(nodeLine, "missingField", key);
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problem(line(node), "type", key, "text", written(node));
            return null;
        }
        String value = scalar.getValue().endsWith("\n")
                ? scalar.getValue().substring(0, scalar.getValue().length() - 1) : scalar.getValue();
        if (value.length() > maxLength) {
            problem(line(node), "tooLong", key, maxLength);
        }
        return value;
    }

    public String id(Map<String, Node> fields, String key, int nodeLine) {
        String value = string(fields, key, 100, nodeLine);
        if (value != null && !value.matches(ID)) {
            problem(line(fields.get(key)), "idSyntax", value);
        }
        return value;
    }

    public Integer integer(Map<String, Node> fields, String key, int min, int max, int nodeLine) {
        String value = string(fields, key, 12, nodeLine);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                problem(line(fields.get(key)), "range", key, min, max, value.strip());
            }
            return number;
        } catch (NumberFormatException e) {
            problem(line(fields.get(key)), "type", key, "integer", value);
            return null;
        }
    }

    /** A number with a fraction allowed (millimetres, points); NaN and infinities are no numbers here. */
    public Float decimal(Map<String, Node> fields, String key, float min, float max, int nodeLine) {
        String value = string(fields, key, 30, nodeLine);
        if (value == null) {
            return null;
        }
        float number;
        try {
            number = Float.parseFloat(value.strip());
        } catch (NumberFormatException e) {
            number = Float.NaN;
        }
        if (Float.isNaN(number) || Float.isInfinite(number) || !value.strip().matches("[-+]?[0-9.eE+-]+")) {
            problem(line(fields.get(key)), "type", key, "number", value);
            return null;
        }
        if (number < min || number > max) {
            problem(line(fields.get(key)), "range", key, min, max, value.strip());
        }
        return number;
    }

    public Boolean bool(Map<String, Node> fields, String key, int nodeLine) {
        String value = string(fields, key, 5, nodeLine);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problem(line(fields.get(key)), "type", key, "true/false", value);
            return null;
        }
        return Boolean.parseBoolean(value);
    }

    /** A date written as YYYY-MM-DD (an edition date, say). */
    public LocalDate date(Map<String, Node> fields, String key, int nodeLine) {
        String value = string(fields, key, 10, nodeLine);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem(line(fields.get(key)), "type", key, "YYYY-MM-DD", value);
            return null;
        }
    }

    public List<Node> list(Map<String, Node> fields, String key, int nodeLine) {
        Node node = fields.get(key);
        if (node == null) {
            problem(nodeLine, "missingField", key);
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(line(node), "type", key, "list", written(node));
            return List.of();
        }
        return sequence.getValue();
    }

    public int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1 + lineOffset;
    }

    public void problem(int line, String key, Object... args) {
        problems.add(line, key, args);
    }

    /** A section the file must have; null, with the problem «missingField» noted, when it has none. */
    public Node required(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        if (node == null) {
            problem(1, "missingField", name);
        }
        return node;
    }

    /** What was written, for a message: a scalar's text, or the kind of a collection. */
    private static String written(Node node) {
        return switch (node) {
            case ScalarNode scalar -> scalar.getValue();
            case SequenceNode ignored -> "a list";
            case MappingNode ignored -> "a mapping";
            default -> String.valueOf(node.getNodeId());
        };
    }
}
