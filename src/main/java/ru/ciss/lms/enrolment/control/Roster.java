package ru.ciss.lms.enrolment.control;

import java.nio.charset.Charset;
import java.util.List;

/**
 * What {@link RosterReader} made of a file: how it was read (shown to the administrator, so a wrong guess is
 * visible), the rows, and the problems of the file as a whole. {@code encoding} is null when the file is not text.
 */
public record Roster(Charset encoding, char delimiter, boolean header, List<RosterRow> rows,
                     List<RosterProblem> fileProblems, List<String> headerCells, List<List<String>> records,
                     List<Suggestion> suggestions) {

    /**
     * headerCells: the header as written (empty without one); records: each row's cells as written, in the order
     * of {@code rows} (so rejected rows go back to the curator exactly as they came); suggestions: corrections to
     * offer for unknown districts and kinds of organisation.
     */
    public Roster {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
        headerCells = headerCells == null ? List.of() : List.copyOf(headerCells);
        records = records == null ? List.of() : records.stream().map(List::copyOf).toList();
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    public Roster(Charset encoding, char delimiter, boolean header, List<RosterRow> rows,
            List<RosterProblem> fileProblems) {
        this(encoding, delimiter, header, rows, fileProblems, List.of(), List.of(), List.of());
    }

    /** The same roster with one more problem on some rows (by their position in {@code rows}). */
    public Roster withProblems(java.util.Map<Integer, RosterProblem> byIndex) {
        if (byIndex.isEmpty()) {
            return this;
        }
        List<RosterRow> changed = new java.util.ArrayList<>(rows);
        byIndex.forEach((i, problem) -> {
            RosterRow r = changed.get(i);
            List<RosterProblem> problems = new java.util.ArrayList<>(r.problems());
            problems.add(problem);
            changed.set(i, new RosterRow(r.line(), r.surname(), r.givenName(), r.patronymic(), r.email(), r.phone(),
                    r.districtId(), r.organisation(), r.organisationKind(), r.position(), problems, r.enrolledOn()));
        });
        return new Roster(encoding, delimiter, header, changed, fileProblems, headerCells, records, suggestions);
    }

    /** Whether the rows without problems may be enrolled on their own: the file itself is fine and some are. */
    public boolean partlyAcceptable() {
        return fileProblems.isEmpty() && rows.stream().anyMatch(r -> r.problems().isEmpty());
    }

    /** The rows that can be enrolled, in file order. */
    public List<RosterRow> goodRows() {
        return rows.stream().filter(r -> r.problems().isEmpty()).toList();
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
