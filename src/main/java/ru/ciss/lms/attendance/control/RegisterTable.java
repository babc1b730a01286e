package ru.ciss.lms.attendance.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.ciss.lms.attendance.AttendanceRate;

/**
 * A cohort's attendance register as plain, already-translated texts, so that the exporters ({@link RegisterExport})
 * know nothing of the database, the rule or the resource bundles: whoever builds it decides the words, the exporters
 * only lay them out.
 *
 * <p>Every row has exactly one mark per day header (an empty text for a day without a mark). Marks are short
 * texts such as «П» or «Н»; a mark starting with {@code -} would be shown with a quote in spreadsheets, see
 * {@link ru.ciss.lms.platform.export.SafeCells}.
 *
 * @param title      the register's title, e.g. «Журнал посещаемости»; also the XLSX sheet's name
 * @param subtitle   e.g. the cohort and the period
 * @param dayHeaders one short header per session day, e.g. «03.03», in column order
 * @param labels     the fixed column headers and small texts
 * @param rows       one per trainee, in the order to print
 * @param legend     lines explaining the marks, printed under the table
 */
public record RegisterTable(String title, String subtitle, List<String> dayHeaders, Labels labels, List<Row> rows,
                            List<String> legend) {

    /**
     * The fixed texts of a register. The spreadsheets (XLSX and CSV) have the columns number, name, district, kind,
     * one per day, percent and at risk; the printed PDF has number, name, district, one per day, percent and an empty
     * signature column, since it is signed on paper and its width is better spent on the days.
     *
     * @param number      the row number's header, «№»
     * @param name        «ФИО»
     * @param district    «Район»
     * @param kind        the organisation kind's header, «Тип организации»
     * @param percent     «%»
     * @param atRisk      the at-risk column's header (spreadsheets only), e.g. «Под угрозой»
     * @param atRiskMark  the text in that column for a trainee at risk, e.g. «да»; empty for the others
     * @param signature   «Подпись» (PDF only)
     * @param page        the footer's page label, e.g. «стр.», followed by the page number (PDF only)
     */
    public record Labels(String number, String name, String district, String kind, String percent, String atRisk,
                         String atRiskMark, String signature, String page) {

        public Labels {
            Objects.requireNonNull(number);
            Objects.requireNonNull(name);
            Objects.requireNonNull(district);
            Objects.requireNonNull(kind);
            Objects.requireNonNull(percent);
            Objects.requireNonNull(atRisk);
            Objects.requireNonNull(atRiskMark);
            Objects.requireNonNull(signature);
            Objects.requireNonNull(page);
        }
    }

    /** One trainee: the percent is the attended share (0..100) as computed by {@link AttendanceRate}. */
    public record Row(String fullName, String district, String organisationKind, List<String> marks, int percent,
                      boolean atRisk) {

        public Row {
            Objects.requireNonNull(fullName);
            district = Objects.requireNonNullElse(district, "");
            organisationKind = Objects.requireNonNullElse(organisationKind, "");
            marks = List.copyOf(marks);
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent must be within 0..100, was " + percent);
            }
        }
    }

    public RegisterTable {
        title = Objects.requireNonNullElse(title, "");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        dayHeaders = List.copyOf(dayHeaders);
        Objects.requireNonNull(labels);
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
        for (Row row : rows) {
            // A row with a missing or extra mark would shift every later column under the wrong header.
            if (row.marks().size() != dayHeaders.size()) {
                throw new IllegalArgumentException(row.fullName() + " has " + row.marks().size() + " marks for "
                        + dayHeaders.size() + " days");
            }
        }
    }

    /** The spreadsheets' header row: number, name, district, kind, the days, percent, at risk. */
    public List<String> spreadsheetHeaders() {
        List<String> headers = new ArrayList<>(List.of(labels.number(), labels.name(), labels.district(),
                labels.kind()));
        headers.addAll(dayHeaders);
        headers.add(labels.percent());
        headers.add(labels.atRisk());
        return headers;
    }
}
