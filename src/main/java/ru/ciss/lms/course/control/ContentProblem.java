package ru.ciss.lms.course.control;

import ru.ciss.lms.platform.yaml.YamlFields;

/**
 * One thing wrong in content/: where (file relative to content/, 1-based line, 0 when the whole file) and what,
 * as a message key of the Text bundle ({@code course.import.problem.<key>}) with its arguments (texts and numbers).
 * Serializable: the programmes page keeps an import's report in the session, which a cluster replicates.
 */
public record ContentProblem(String file, int line, String key, Object... args) implements java.io.Serializable {

    /** Every key the reader uses; each has a text in Text_ru and Text_en (checked by a test). */
    public static final java.util.Set<String> KEYS = java.util.Set.of("unreadable", "bom", "encoding", "crlf",
            "frontMatter", "heading1", "html", "externalLink", "yaml", "type", "unknownField", "missingField",
            "tooLong", "idSyntax", "range", "idTaken", "idFolder", "idExpected", "seriesTaken", "series",
            "unexpectedFile", "missingFile", "modulesList", "prefixGap", "order", "levels", "weights", "noLessons",
            "questionLesson", "correctOptions", "questionsPerLesson",
            "finalWorkId", "finalWorkIdTaken", "finalWorkKey", "finalWorkRequiredRows", "finalWorkReserved");

    public ContentProblem {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("no text for content problem " + key);
        }
    }

    /** A YAML reader for one content file whose problems are added to {@code problems}, under that file's name. */
    static YamlFields yaml(String file, int lineOffset, java.util.List<ContentProblem> problems) {
        return new YamlFields(lineOffset, (line, key, args) -> problems.add(new ContentProblem(file, line, key, args)));
    }

    /** The bundle key of this problem's text. */
    public String textKey() {
        return "course.import.problem." + key;
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " " + key + " " + java.util.Arrays.toString(args);
    }
}
