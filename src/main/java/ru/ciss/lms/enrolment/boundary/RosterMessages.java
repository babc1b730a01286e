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
     * The field a line's problem is about, as the roster's column key (surname, email, district, ...), so that another
     * system can point at the value to correct; the words alone name only some fields. Every line problem has one.
     */
    public static String field(RosterProblem problem) {
        if (FIELD_PROBLEMS.contains(problem.key()) && problem.args().length > 0) {
            return String.valueOf(problem.args()[0]);
        }
        return switch (problem.key()) {
            case "enrolment.row.badEmail", "enrolment.row.duplicateEmail", "enrolment.row.otherPersonsEmail" -> "email";
            case "enrolment.row.badPhone" -> "phone";
            case "enrolment.row.unknownDistrict" -> "district";
            case "enrolment.row.unknownOrganisationKind" -> "organisationKind";
            case "enrolment.row.badDate", "enrolment.row.dateOutsideCohort" -> "enrolledOn";
            // a new line problem without a field here would reach a client without one: fail in the unit test instead
            default -> throw new IllegalArgumentException("no field for roster problem " + problem.key());
        };
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
