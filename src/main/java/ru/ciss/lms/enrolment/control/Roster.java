package ru.ciss.lms.enrolment.control;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What {@link RosterReader} made of a file: how it was read (shown to the administrator, so a wrong guess is
 * visible), the rows, and the problems of the file as a whole. {@code encoding} is null when the file is not text.
 */
public record Roster(Charset encoding, char delimiter, boolean header, List<RosterRow> rows,
                     List<RosterProblem> fileProblems) {

    public Roster {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    /** Whether the roster may be enrolled as it is: nothing wrong with the file or with any row, and someone to enrol. */
    public boolean acceptable() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(r -> r.problems().isEmpty());
    }

    /** The rows the administrator has to correct, in file order. */
    public List<RosterRow> rowsWithProblems() {
        return rows.stream().filter(r -> !r.problems().isEmpty()).toList();
    }
}
