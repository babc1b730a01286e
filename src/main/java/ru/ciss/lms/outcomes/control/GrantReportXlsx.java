package ru.ciss.lms.outcomes.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.ciss.lms.outcomes.control.GrantReport.DistrictLine;
import ru.ciss.lms.outcomes.control.GrantReport.Indicator;
import ru.ciss.lms.outcomes.control.GrantReport.KindLine;
import ru.ciss.lms.outcomes.control.GrantReport.Labels;
import ru.ciss.lms.platform.export.SafeCells;
import ru.ciss.lms.platform.export.Spreadsheets;

/**
 * The grant-fund report as a workbook of three sheets: the indicators under a title block, the districts with a
 * totals row, and the kinds of organisation.
 *
 * <p>Every figure is a numeric cell (roubles with a rouble format, counts with digit grouping) so that the fund's
 * or the school's accountant can add them up again; the totals row holds values summed in Java, not formulas, so
 * that the file shows the same totals as the PDF even in a viewer that does not calculate. Every text goes through
 * {@link SafeCells#text}: district and organisation names come from what people typed.
 *
 * <p>The report is a few hundred cells, so each sheet is written whole when the workbook closes; column widths are
 * fixed by kind of column rather than measured, which would need the fonts installed on the server.
 */
public final class GrantReportXlsx {

    /** On the first sheet rows 0–3 are the title block and row 4 is blank; the indicators' header row follows. */
    static final int INDICATORS_HEADER_ROW = 5;
    /** On the other sheets row 0 is the sheet's heading. */
    static final int TABLE_HEADER_ROW = 1;

    /** Excel's codes; "," is the grouping mark, shown as a space by a Russian Excel or LibreOffice. */
    static final String COUNT_FORMAT = "#,##0";
    static final String DECIMAL_FORMAT = "#,##0.00";
    static final String ROUBLES_FORMAT = "#,##0\" ₽\"";
    static final String KOPECKS_FORMAT = "#,##0.00\" ₽\"";

    /** Widths in characters. */
    private static final int NAME_WIDTH = 50;
    private static final int DISTRICT_WIDTH = 30;
    private static final int KIND_WIDTH = 40;
    private static final int FIGURE_WIDTH = 16;
    private static final int ROUBLES_WIDTH = 20;

    private GrantReportXlsx() {
    }

    public static void write(GrantReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Labels labels = report.labels();
        try (Workbook workbook = Spreadsheets.workbook(out)) {
            workbook.properties().setTitle(report.title());
            List<String> names = sheetNames(
                    List.of(nz(labels.indicatorsHeading()), nz(labels.districtsHeading()), nz(labels.kindsHeading())));
            indicators(workbook.newWorksheet(names.get(0)), report);
            districts(workbook.newWorksheet(names.get(1)), report);
            kinds(workbook.newWorksheet(names.get(2)), report);
        }
        out.flush();
    }

    private static void indicators(Worksheet sheet, GrantReport report) {
        Labels labels = report.labels();
        text(sheet, 0, 0, report.title());
        sheet.style(0, 0).bold().fontSize(14).set();
        text(sheet, 1, 0, caption(labels.programmeLabel(), report.programme()));
        text(sheet, 2, 0, caption(labels.period(), RussianFigures.period(report.from(), report.to())));
        text(sheet, 3, 0, caption(labels.generated(), RussianFigures.date(report.generatedOn())));

        header(sheet, INDICATORS_HEADER_ROW,
                labels.indicator(), labels.confirmed(), labels.reportedOnly(), labels.total());
        int r = INDICATORS_HEADER_ROW + 1;
        for (Indicator indicator : report.indicators()) {
            text(sheet, r, 0, indicator.name());
            // Long indicator names wrap within their column instead of running under the figures.
            sheet.style(r, 0).wrapText(true).verticalAlignment("top").set();
            figure(sheet, r, 1, indicator.confirmed(), indicator.money(), false);
            figure(sheet, r, 2, indicator.reportedOnly(), indicator.money(), false);
            figure(sheet, r, 3, indicator.total(), indicator.money(), false);
            r++;
        }
        // Right under the figures it explains, after one blank row.
        text(sheet, r + 1, 0, labels.confirmedNote());

        finish(sheet, INDICATORS_HEADER_ROW, NAME_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH);
    }

    private static void districts(Worksheet sheet, GrantReport report) {
        Labels labels = report.labels();
        text(sheet, 0, 0, labels.districtsHeading());
        sheet.style(0, 0).bold().fontSize(12).set();
        header(sheet, TABLE_HEADER_ROW, labels.district(), labels.trained(), labels.graduates(),
                labels.certificates(), labels.resourceCentres(), labels.organisations(), labels.services(),
                labels.roubles());
        int r = TABLE_HEADER_ROW + 1;
        for (DistrictLine line : report.byDistrict()) {
            district(sheet, r++, line, false);
        }
        district(sheet, r, report.districtTotal(), true);

        finish(sheet, TABLE_HEADER_ROW, DISTRICT_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH,
                FIGURE_WIDTH, FIGURE_WIDTH, ROUBLES_WIDTH);
    }

    private static void district(Worksheet sheet, int r, DistrictLine line, boolean total) {
        text(sheet, r, 0, line.district());
        if (total) {
            sheet.style(r, 0).bold().set();
        }
        count(sheet, r, 1, line.trained(), total);
        count(sheet, r, 2, line.graduates(), total);
        count(sheet, r, 3, line.certificates(), total);
        count(sheet, r, 4, line.resourceCentres(), total);
        count(sheet, r, 5, line.organisations(), total);
        count(sheet, r, 6, line.services(), total);
        figure(sheet, r, 7, line.roubles(), true, total);
    }

    private static void kinds(Worksheet sheet, GrantReport report) {
        Labels labels = report.labels();
        text(sheet, 0, 0, labels.kindsHeading());
        sheet.style(0, 0).bold().fontSize(12).set();
        header(sheet, TABLE_HEADER_ROW, labels.organisationKind(), labels.trained(), labels.certified());
        int r = TABLE_HEADER_ROW + 1;
        for (KindLine line : report.byOrganisationKind()) {
            text(sheet, r, 0, line.organisationKind());
            count(sheet, r, 1, line.trained(), false);
            count(sheet, r, 2, line.certified(), false);
            r++;
        }
        finish(sheet, TABLE_HEADER_ROW, KIND_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH);
    }

    private static void header(Worksheet sheet, int row, String... headings) {
        for (int c = 0; c < headings.length; c++) {
            text(sheet, row, c, headings[c]);
            sheet.style(row, c).bold().wrapText(true).horizontalAlignment("center").verticalAlignment("center")
                    .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN).set();
        }
    }

    /** Widths, the header kept in view, and a print setup that repeats the header on every printed page. */
    private static void finish(Worksheet sheet, int headerRow, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.width(c, widths[c]);
        }
        sheet.freezePane(0, headerRow + 1);
        sheet.repeatRows(headerRow);
        sheet.paperSize(PaperSize.A4_PAPER);
        // One page wide, as many pages long as it takes: the districts' eight columns do not fit A4 otherwise.
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
    }

    private static void text(Worksheet sheet, int row, int column, String value) {
        Spreadsheets.text(sheet, row, column, value);
    }

    private static void count(Worksheet sheet, int row, int column, long value, boolean bold) {
        sheet.value(row, column, value);
        numberStyle(sheet, row, column, COUNT_FORMAT, bold);
    }

    private static void figure(Worksheet sheet, int row, int column, BigDecimal value, boolean money, boolean bold) {
        sheet.value(row, column, value.doubleValue());
        boolean fraction = RussianFigures.hasFraction(value);
        String format = money
                ? (fraction ? KOPECKS_FORMAT : ROUBLES_FORMAT)
                : (fraction ? DECIMAL_FORMAT : COUNT_FORMAT);
        numberStyle(sheet, row, column, format, bold);
    }

    private static void numberStyle(Worksheet sheet, int row, int column, String format, boolean bold) {
        var style = sheet.style(row, column).format(format).verticalAlignment("top");
        if (bold) {
            style.bold();
        }
        style.set();
    }

    /** "Период: 01.01.2026 – 31.12.2026" */
    private static String caption(String label, String value) {
        return nz(label).isBlank() ? nz(value) : label + ": " + nz(value);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /**
     * The headings made into valid, distinct sheet names: Excel allows at most 31 characters, none of
     * {@code \ / ? * [ ] :}, and no two names that differ only in case; a blank heading becomes "Лист N".
     */
    static List<String> sheetNames(List<String> headings) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i);
            String base = heading == null || heading.isBlank()
                    ? "Лист" + (i + 1)
                    : Spreadsheets.sheetName(heading, "");
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                int room = Spreadsheets.SHEET_NAME_LENGTH - suffix.length();
                name = base.substring(0, Math.min(base.length(), room)) + suffix;
            }
            names.add(name);
        }
        return names;
    }
}
