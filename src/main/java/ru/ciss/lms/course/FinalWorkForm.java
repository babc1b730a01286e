package ru.ciss.lms.course;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The form of a programme's final work as {@code final_work:} in programme.yaml defines it (content/README.md): the
 * fields a trainee fills in besides the district, slides and video link every final work has. Each programme has its
 * own, so a trainee of one school never gets another school's plan form. Public fields and no-argument constructors
 * for JSON binding (stored with the programme); Serializable because pages keep it in the session.
 */
public class FinalWorkForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Most rows a list field holds. */
    public static final int MAX_ROWS = 20;

    public List<Field> fields = new ArrayList<>();

    public FinalWorkForm() {
    }

    public FinalWorkForm(List<Field> fields) {
        this.fields = new ArrayList<>(fields);
    }

    public List<Field> getFields() {
        return fields;
    }

    /** Every value, so that the import's content hash changes exactly when the form does. */
    @Override
    public String toString() {
        return "FinalWorkForm" + fields;
    }

    /** The field with this id, or null. */
    public Field field(String id) {
        return fields.stream().filter(f -> f.id.equals(id)).findFirst().orElse(null);
    }

    /** What a field holds: a line, a longer text, a whole number, one of listed options, or a table of rows. */
    public enum Kind {
        TEXT, TEXTAREA, NUMBER, CHOICE, ROWS;

        /** Kinds a column of a table may have. */
        public boolean isCell() {
            return this == TEXT || this == NUMBER || this == CHOICE;
        }
    }

    /** A field of the form, or a column of a table field (then {@link #columns} is empty). */
    public static class Field implements Serializable {
        private static final long serialVersionUID = 1L;
        public String id;
        public String label;
        public String labelEn;
        public Kind kind;
        public boolean required;
        /** Longest text of a TEXT or TEXTAREA field. */
        public Integer maxLength;
        /** Bounds of a NUMBER field. */
        public Long min;
        public Long max;
        public List<Option> options = new ArrayList<>();
        public List<Field> columns = new ArrayList<>();

        public Field() {
        }

        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? labelEn : label;
        }

        @Override
        public String toString() {
            return "Field[" + id + ", " + label + ", " + labelEn + ", " + kind + ", " + required + ", " + maxLength
                    + ", " + min + ", " + max + ", " + options + ", " + columns + "]";
        }

        /** The option with this id, or null. */
        public Option option(String optionId) {
            return options.stream().filter(o -> o.id.equals(optionId)).findFirst().orElse(null);
        }

        /** The longest input the browser should accept: a number is at most 20 characters as typed. */
        public int getInputMaxLength() {
            return kind == Kind.NUMBER ? 20 : maxLength == null ? 300 : maxLength;
        }

        /**
         * The last part of the key under which the page keeps an unsaved long text (the drafts' keys allow only
         * letters there).
         */
        public String getDraftName() {
            String letters = id.replaceAll("[^a-z]", "");
            return letters.length() > 20 ? letters.substring(0, 20) : letters.isEmpty() ? "field" : letters;
        }

        public String getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public Kind getKind() {
            return kind;
        }

        public boolean isRequired() {
            return required;
        }

        public List<Option> getOptions() {
            return options;
        }

        public List<Field> getColumns() {
            return columns;
        }
    }

    /** One option of a CHOICE field. */
    public static class Option implements Serializable {
        private static final long serialVersionUID = 1L;
        public String id;
        public String label;
        public String labelEn;

        public Option() {
        }

        public Option(String id, String label, String labelEn) {
            this.id = id;
            this.label = label;
            this.labelEn = labelEn;
        }

        public String label(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? labelEn : label;
        }

        public String getId() {
            return id;
        }

        @Override
        public String toString() {
            return "Option[" + id + ", " + label + ", " + labelEn + "]";
        }
    }
}
