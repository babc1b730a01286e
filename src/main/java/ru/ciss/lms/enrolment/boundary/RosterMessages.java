package ru.ciss.lms.enrolment.boundary;

import java.util.List;
import java.util.Locale;
import ru.ciss.lms.enrolment.control.RosterProblem;
import ru.ciss.lms.platform.web.Texts;

/**
 * A roster's problems in words, the same for the import page and the REST API: a field's key becomes its name
 * («Имя»), and a line number may be shown counted another way (the API counts people, not the lines of a file).
 */
public final class RosterMessages {

    /** Problems whose first argument is a field's key. */
    private static final List<String> FIELD_PROBLEMS = List.of("enrolment.row.missing", "enrolment.row.badName",
            "enrolment.row.tooLong", "enrolment.file.missingColumn");

    private RosterMessages() {
    }

    /**
     * @param lineShift subtracted from the line numbers a problem names (0: as in the file)
     */
    public static String describe(RosterProblem problem, Locale locale, int lineShift) {
        Object[] args = problem.args().clone();
        if (FIELD_PROBLEMS.contains(problem.key()) && args.length > 0) {
            args[0] = Texts.get(locale, "enrolment.field." + args[0]);
        }
        int line = switch (problem.key()) {
            case "enrolment.row.duplicateEmail" -> 1;
            case "enrolment.file.unclosedQuote" -> 0;
            default -> -1;
        };
        if (line >= 0 && line < args.length && args[line] instanceof Integer number) {
            args[line] = number - lineShift;
        }
        return Texts.get(locale, problem.key(), args);
    }
}
