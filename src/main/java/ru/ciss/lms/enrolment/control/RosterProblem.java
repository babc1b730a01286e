package ru.ciss.lms.enrolment.control;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;

/**
 * One thing wrong with an uploaded roster: {@code key} names a text of the Text bundle, {@code args} are its
 * MessageFormat arguments. Field arguments are field keys ({@code surname}, {@code email}, ...), which the page
 * translates with {@code enrolment.field.<key>} before formatting.
 */
public record RosterProblem(String key, Object... args) implements Serializable {

    /** Every key the reader uses; each needs a text in Text_ru and Text_en. */
    public static final Set<String> KEYS = Set.of(
            "enrolment.file.spreadsheet", "enrolment.file.binary", "enrolment.file.empty",
            "enrolment.file.tooManyRows", "enrolment.file.missingColumn", "enrolment.file.unclosedQuote",
            "enrolment.row.missing", "enrolment.row.badName", "enrolment.row.tooLong", "enrolment.row.badEmail",
            "enrolment.row.badPhone", "enrolment.row.unknownDistrict", "enrolment.row.unknownOrganisationKind",
            "enrolment.row.duplicateEmail", "enrolment.row.badDate", "enrolment.row.dateOutsideCohort",
            "enrolment.row.otherPersonsEmail");

    public RosterProblem {
        // A typo in a key would show the raw key to an administrator; fail where the problem is made instead.
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("no text for roster problem " + key);
        }
        // Copied so that nobody can change a reported problem afterwards.
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    // A record compares arrays by identity; two problems with the same key and arguments are the same problem.
    @Override
    public boolean equals(Object o) {
        return o instanceof RosterProblem other && key.equals(other.key) && Arrays.equals(args, other.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
