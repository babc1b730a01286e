package ru.ciss.lms.presentations.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.course.FinalWorkForm;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.presentations.entity.Presentation;

/**
 * The final work as the form edits it, built from the form its programme defines in content/ (final_work): one input
 * per field, the rows of each table field. The page names each input after its field ({@code plan:host},
 * {@code plan:services:3:name}), so a field's problems are attached by its id. Numbers are typed as text and parsed
 * here, so a typo gets the app's own message in the reader's language, every unreadable one named with its field.
 * Two empty rows follow every table, and the page adds and removes rows in place.
 */
public class PlanForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SPARE_ROWS = 2;
    static final int MAX_ROWS = FinalWorkForm.MAX_ROWS;

    public Integer districtId;
    public String videoUrl;
    private final FinalWorkForm definition;
    private final List<Input> inputs = new ArrayList<>();

    /** One field of the form: its value, or its rows when it is a table. */
    public static class Input implements Serializable {
        private static final long serialVersionUID = 1L;
        private final FinalWorkForm.Field field;
        private String value;
        private final List<Row> rows = new ArrayList<>();

        Input(FinalWorkForm.Field field) {
            this.field = field;
        }

        public FinalWorkForm.Field getField() {
            return field;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public List<Row> getRows() {
            return rows;
        }

        public boolean isTable() {
            return field.kind == FinalWorkForm.Kind.ROWS;
        }
    }

    /** A row of a table: column id → what was typed or chosen. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LinkedHashMap<String, String> values = new LinkedHashMap<>();

        public Map<String, String> getValues() {
            return values;
        }
    }

    PlanForm(FinalWorkForm definition) {
        this.definition = definition;
        for (FinalWorkForm.Field field : definition.fields) {
            inputs.add(new Input(field));
        }
    }

    static PlanForm of(Presentation.Plan plan) {
        PlanForm form = new PlanForm(plan.form());
        form.districtId = plan.districtId();
        form.videoUrl = plan.videoUrl();
        for (Input input : form.inputs) {
            if (input.isTable()) {
                for (Map<String, String> saved : plan.rows(input.field.id)) {
                    Row row = new Row();
                    row.values.putAll(saved);
                    input.rows.add(row);
                }
            } else {
                input.value = plan.text(input.field.id);
            }
        }
        form.addSpareRows();
        return form;
    }

    /** The input of the field with this id, or null. */
    Input input(String fieldId) {
        return inputs.stream().filter(i -> i.field.id.equals(fieldId)).findFirst().orElse(null);
    }

    /**
     * This form with each table as long as a posted form's (its parameters' names, e.g. {@code plan:services:3:name}):
     * a view rebuilt after it expired must decode every row the trainee had, the ones added in place included. A
     * table the post did not carry stays as it is; none grows past {@link #MAX_ROWS}.
     */
    PlanForm resizedTo(Collection<String> postedNames, String formId) {
        for (Input input : inputs) {
            if (input.isTable()) {
                resize(input.rows, rowsPosted(postedNames, formId + ":" + input.field.id + ":"));
            }
        }
        return this;
    }

    private static int rowsPosted(Collection<String> names, String prefix) {
        int rows = 0;
        for (String name : names) {
            if (name.startsWith(prefix)) {
                int end = name.indexOf(':', prefix.length());
                String index = name.substring(prefix.length(), end < 0 ? name.length() : end);
                if (!index.isEmpty() && index.length() <= 2 && index.chars().allMatch(Character::isDigit)) {
                    rows = Math.max(rows, Integer.parseInt(index) + 1);
                }
            }
        }
        return Math.min(rows, MAX_ROWS);
    }

    private static void resize(List<Row> rows, int size) {
        if (size == 0) {
            return;
        }
        while (rows.size() > size) {
            rows.removeLast();
        }
        while (rows.size() < size) {
            rows.add(new Row());
        }
    }

    void addSpareRows() {
        for (Input input : inputs) {
            for (int i = 0; i < SPARE_ROWS && input.isTable() && input.rows.size() < MAX_ROWS; i++) {
                input.rows.add(new Row());
            }
        }
    }

    /**
     * The plan to save. A number that cannot be read is left out (null) and named in {@code problems} with its
     * field, so that the form reports every mistake at once instead of the first; a readable one is kept as its
     * digits ("150 000 ₽" → "150000").
     */
    Presentation.Plan toPlan(List<RefusedException.Problem> problems) {
        LinkedHashMap<String, Object> answers = new LinkedHashMap<>();
        for (Input input : inputs) {
            if (input.isTable()) {
                ArrayList<Map<String, String>> rows = new ArrayList<>();
                for (int i = 0; i < Math.min(input.rows.size(), MAX_ROWS); i++) {
                    LinkedHashMap<String, String> row = new LinkedHashMap<>();
                    for (FinalWorkForm.Field column : input.field.columns) {
                        row.put(column.id, read(column, input.rows.get(i).values.get(column.id),
                                input.field.id + ":" + i + ":" + column.id, problems));
                    }
                    rows.add(row);
                }
                answers.put(input.field.id, rows);
            } else {
                answers.put(input.field.id, read(input.field, input.value, input.field.id, problems));
            }
        }
        return new Presentation.Plan(districtId, definition, answers, videoUrl);
    }

    private static String read(FinalWorkForm.Field field, String typed, String at,
            List<RefusedException.Problem> problems) {
        if (field.kind != FinalWorkForm.Kind.NUMBER) {
            return typed;
        }
        try {
            Long number = parse(typed, at);
            return number == null ? null : String.valueOf(number);
        } catch (NumberFormatException e) {
            problems.add(new RefusedException.Problem(at, "presentation.invalid.number", bound(field.min),
                    bound(field.max)));
            return null;
        }
    }

    private static String bound(Long n) {
        return n == null ? "" : String.format(java.util.Locale.forLanguageTag("ru"), "%,d", n).replace('\u00a0', ' ');
    }

    /** Adds an empty row at the end of a table (up to the limit); answers the new row's index, or -1 at the limit. */
    static int addRow(Input input) {
        if (input.rows.size() >= MAX_ROWS) {
            return -1;
        }
        input.rows.add(new Row());
        return input.rows.size() - 1;
    }

    /** Removes the given row (the very object the form shows), keeping every other row as typed. */
    static boolean remove(Input input, Row row) {
        return input.rows.removeIf(r -> r == row);
    }

    /** The field where a missing part of a submission (PlanCompleteness.missing) is filled in: a table's first cell. */
    String fieldOf(String missingPart) {
        Input input = input(missingPart);
        if (input == null) {
            return missingPart; // the district or the slides, which have inputs of that name
        }
        Gap gap = gapIn(input);
        if (gap != null) {
            return input.field.id + ":" + gap.row() + ":" + gap.column().id;
        }
        return input.isTable() && !input.field.columns.isEmpty()
                ? input.field.id + ":0:" + input.field.columns.getFirst().id : input.field.id;
    }

    /** A required cell left empty in a row the trainee began: {@code row} counts from 0. */
    record Gap(int row, FinalWorkForm.Field column) {
    }

    /**
     * In a table with no complete row, the first row something was typed in and its first empty required column: the
     * message then names that column («Для кого»), not the whole table the trainee did fill in part of.
     */
    Gap gapIn(Input input) {
        if (input == null || !input.isTable()) {
            return null;
        }
        for (int i = 0; i < input.rows.size(); i++) {
            Map<String, String> values = input.rows.get(i).values;
            if (values.values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            for (FinalWorkForm.Field column : input.field.columns) {
                String v = values.get(column.id);
                if (column.required && (v == null || v.isBlank())) {
                    return new Gap(i, column);
                }
            }
        }
        return null;
    }

    /** Whole numbers as people type them: "150 000", "150000 ₽", "150 000,00". */
    static Long parse(String text, String what) {
        return ru.ciss.lms.platform.web.TypedNumbers.whole(text, what);
    }

    public List<Input> getInputs() {
        return inputs;
    }

    public FinalWorkForm getDefinition() {
        return definition;
    }

    public Integer getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Integer districtId) {
        this.districtId = districtId;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }
}
