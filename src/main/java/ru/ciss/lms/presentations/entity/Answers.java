package ru.ciss.lms.presentations.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.course.FinalWorkForm;

/**
 * A trainee's answers to the fields of a final-work form: by field id, a text (numbers and option ids too, as text) or,
 * for a table field, a list of rows, each a map from column id to text. Plain maps and lists so that they are stored
 * as JSON and kept in the session as they are (LinkedHashMap and ArrayList are Serializable).
 */
public final class Answers {

    private Answers() {
    }

    /** The answer of a single-value field, or null. */
    public static String text(Map<String, Object> answers, String fieldId) {
        return answers.get(fieldId) instanceof String s ? s : null;
    }

    /** The rows of a table field; empty when there are none. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, String>> rows(Map<String, Object> answers, String fieldId) {
        return answers.get(fieldId) instanceof List<?> l ? (List<Map<String, String>>) l : List.of();
    }

    /**
     * What JSON gave back, as answers: every scalar (a number written by an older version too) as its text, every
     * list as rows of texts; anything else is left out.
     */
    public static LinkedHashMap<String, Object> normalised(Map<?, ?> read) {
        LinkedHashMap<String, Object> answers = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : read.entrySet()) {
            if (e.getValue() instanceof List<?> list) {
                ArrayList<Map<String, String>> rows = new ArrayList<>();
                for (Object row : list) {
                    if (row instanceof Map<?, ?> cells) {
                        LinkedHashMap<String, String> r = new LinkedHashMap<>();
                        cells.forEach((k, v) -> {
                            String text = scalar(v);
                            if (text != null) {
                                r.put(String.valueOf(k), text);
                            }
                        });
                        rows.add(r);
                    }
                }
                answers.put(String.valueOf(e.getKey()), rows);
            } else {
                String text = scalar(e.getValue());
                if (text != null) {
                    answers.put(String.valueOf(e.getKey()), text);
                }
            }
        }
        return answers;
    }

    private static String scalar(Object v) {
        return switch (v) {
            case String s -> s;
            case BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Number n -> String.valueOf(n);
            case Boolean b -> String.valueOf(b);
            case null, default -> null;
        };
    }

    /**
     * The answer to store for a field: texts stripped, a blank one left out (null); for a table, blank rows dropped
     * and only the table's own columns kept.
     */
    public static Object cleaned(FinalWorkForm.Field field, Object answer) {
        if (field.kind == FinalWorkForm.Kind.ROWS) {
            if (!(answer instanceof List<?> list)) {
                return null;
            }
            ArrayList<Map<String, String>> rows = new ArrayList<>();
            for (Object row : list) {
                if (row instanceof Map<?, ?> cells) {
                    LinkedHashMap<String, String> r = new LinkedHashMap<>();
                    for (FinalWorkForm.Field column : field.columns) {
                        String text = strip(cells.get(column.id) instanceof String s ? s : null);
                        if (text != null) {
                            r.put(column.id, text);
                        }
                    }
                    if (!r.isEmpty()) {
                        rows.add(r);
                    }
                }
            }
            return rows.isEmpty() ? null : rows;
        }
        return strip(answer instanceof String s ? s : null);
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
