package ru.ciss.lms.enrolment.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the CSV list of trainees an administrator uploads to enrol them into a cohort. Pure Java and free of side
 * effects, so the upload page can show a preview and enrol only what the administrator confirmed. It never throws for
 * a bad file: whatever is wrong is reported in the {@link Roster}, because the person uploading can fix the file but
 * not read a stack trace.
 */
public final class RosterReader {

    /** Far above a cohort (about 30 trainees) or a district's whole staff; more is a wrong file or an attack. */
    public static final int MAX_ROWS = 10_000;

    /** The delimiter reported when the file is not text at all: Russian Excel's default. */
    private static final char DEFAULT_DELIMITER = ';';

    private final DistrictNames districts;

    /** districts: the known districts with the names a file may use for them. */
    public RosterReader(Collection<KnownDistrict> districts) {
        this.districts = new DistrictNames(List.copyOf(districts));
    }

    public Roster read(byte[] file) {
        return read(file, null, null);
    }

    /** The same, with a «Зачислен с» date outside the cohort's dates (earliest to latest) reported as a problem. */
    public Roster read(byte[] file, LocalDate earliest, LocalDate latest) {
        return read(file, earliest, latest, Corrections.NONE);
    }

    /** The same, reading the districts and kinds the curator corrected in the preview as corrected. */
    public Roster read(byte[] file, LocalDate earliest, LocalDate latest, Corrections corrections) {
        RosterText.Decoded decoded = RosterText.decode(file == null ? new byte[0] : file);
        if (decoded.problem() != null) {
            return new Roster(null, DEFAULT_DELIMITER, false, List.of(), List.of(new RosterProblem(decoded.problem())));
        }
        char delimiter = CsvParser.detectDelimiter(decoded.text());
        CsvParser parser = new CsvParser(decoded.text(), delimiter);
        CsvParser.Record first = nextNonEmpty(parser);
        if (first == null) {
            return new Roster(decoded.encoding(), delimiter, false, List.of(),
                    List.of(new RosterProblem("enrolment.file.empty")));
        }
        RosterColumns columns = RosterColumns.of(first.cells());
        List<RosterProblem> fileProblems = new ArrayList<>();
        for (RosterField field : columns.missing()) {
            fileProblems.add(new RosterProblem("enrolment.file.missingColumn", field.key));
        }
        List<CsvParser.Record> records = new ArrayList<>();
        if (!columns.header()) {
            records.add(first);
        }
        for (CsvParser.Record record = nextNonEmpty(parser); record != null; record = nextNonEmpty(parser)) {
            if (records.size() == MAX_ROWS) {
                // Stop here: the rest is not worth parsing, and a partial list must not be enrolled by mistake.
                fileProblems.add(new RosterProblem("enrolment.file.tooManyRows", MAX_ROWS));
                return new Roster(decoded.encoding(), delimiter, columns.header(), List.of(), fileProblems);
            }
            records.add(record);
        }
        if (records.isEmpty()) {
            fileProblems.add(new RosterProblem("enrolment.file.empty"));
        }
        if (parser.unclosedQuoteLine() > 0) {
            // The rows are still shown: the one that swallowed the rest of the file shows where the quote is.
            fileProblems.add(new RosterProblem("enrolment.file.unclosedQuote", parser.unclosedQuoteLine()));
        }
        if (!columns.missing().isEmpty()) {
            // Without a surname, given name or e-mail column every row would report the same thing; once is enough.
            return new Roster(decoded.encoding(), delimiter, true, List.of(), fileProblems);
        }
        RowChecker checker = new RowChecker(districts, earliest, latest, corrections);
        List<RosterRow> rows = new ArrayList<>(records.size());
        for (CsvParser.Record record : records) {
            rows.add(checker.check(record.line(), record.cells(), columns));
        }
        return new Roster(decoded.encoding(), delimiter, columns.header(), rows, fileProblems,
                columns.header() ? first.cells() : List.of(), records.stream().map(CsvParser.Record::cells).toList(),
                checker.suggestions());
    }

    /** The next record with at least one non-blank cell: blank lines and Excel's ";;;;" lines are skipped. */
    private static CsvParser.Record nextNonEmpty(CsvParser parser) {
        for (CsvParser.Record record = parser.next(); record != null; record = parser.next()) {
            if (record.cells().stream().anyMatch(c -> Words.cell(c) != null)) {
                return record;
            }
        }
        return null;
    }
}
