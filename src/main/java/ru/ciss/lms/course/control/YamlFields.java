package ru.ciss.lms.course.control;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads fields from one YAML text (a whole file or a front-matter header) and records every problem with its
 * line. Works on SnakeYAML's node tree rather than on maps, because only nodes remember where they were written.
 */
final class YamlFields {

    static final String ID = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private final String file;
    private final int lineOffset;
    private final List<ContentProblem> problems;

    YamlFields(String file, int lineOffset, List<ContentProblem> problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
    }

    /** The document's top-level mapping, or null (and a problem) when it does not parse or is no mapping. */
    Map<String, Node> parse(String text, Set<String> allowed) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problem(1, "yaml", "empty");
                return null;
            }
            return mapping(root, allowed);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1 + lineOffset;
            problem(line, "yaml", e.getProblem());
            return null;
        } catch (RuntimeException e) {
            problem(0, "yaml", e.getMessage());
            return null;
        }
    }

    /** A mapping's entries by key; keys not in {@code allowed} (when it is not empty) are reported as unknown. */
    Map<String, Node> mapping(Node node, Set<String> allowed) {
        if (node == null) {
            return Map.of(); // reported as missing by whoever expected it
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(line(node), "type", "-", "mapping");
            return Map.of();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (!allowed.isEmpty() && !allowed.contains(key)) {
                problem(line(tuple.getKeyNode()), "unknownField", key);
            }
            fields.put(key, tuple.getValueNode());
        }
        return fields;
    }

    String string(Map<String, Node> fields, String key, int maxLength, int nodeLine) {
        Node node = fields.get(key);
        if (node == null) {
            problem(nodeLine, "missingField", key);
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problem(line(node), "type", key, "text");
            return null;
        }
        String value = scalar.getValue().endsWith("\n")
                ? scalar.getValue().substring(0, scalar.getValue().length() - 1) : scalar.getValue();
        if (value.length() > maxLength) {
            problem(line(node), "tooLong", key, maxLength);
        }
        return value;
    }

    String id(Map<String, Node> fields, String key, int nodeLine) {
        String value = string(fields, key, 100, nodeLine);
        if (value != null && !value.matches(ID)) {
            problem(line(fields.get(key)), "idSyntax", value);
        }
        return value;
    }

    Integer integer(Map<String, Node> fields, String key, int min, int max, int nodeLine) {
        String value = string(fields, key, 12, nodeLine);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                problem(line(fields.get(key)), "range", key, min, max);
            }
            return number;
        } catch (NumberFormatException e) {
            problem(line(fields.get(key)), "type", key, "integer");
            return null;
        }
    }

    Boolean bool(Map<String, Node> fields, String key, int nodeLine) {
        String value = string(fields, key, 5, nodeLine);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problem(line(fields.get(key)), "type", key, "true/false");
            return null;
        }
        return Boolean.parseBoolean(value);
    }

    /** A date written as YYYY-MM-DD (an edition date, say). */
    java.time.LocalDate date(Map<String, Node> fields, String key, int nodeLine) {
        String value = string(fields, key, 10, nodeLine);
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problem(line(fields.get(key)), "type", key, "YYYY-MM-DD");
            return null;
        }
    }

    List<Node> list(Map<String, Node> fields, String key, int nodeLine) {
        Node node = fields.get(key);
        if (node == null) {
            problem(nodeLine, "missingField", key);
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(line(node), "type", key, "list");
            return List.of();
        }
        return sequence.getValue();
    }

    int line(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1 + lineOffset;
    }

    void problem(int line, String key, Object... args) {
        problems.add(new ContentProblem(file, line, key, args));
    }
}
