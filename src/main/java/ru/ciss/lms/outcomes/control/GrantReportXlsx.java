package ru.ciss.lms.outcomes.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.ciss.lms.outcomes.control.GrantReport.DistrictLine;
import ru.ciss.lms.outcomes.control.GrantReport.Indicator;
import ru.ciss.lms.outcomes.control.GrantReport.KindLine;
import ru.ciss.lms.outcomes.control.GrantReport.Labels;
import ru.ciss.lms.platform.export.SafeCells;

/**
 * The grant-fund report as a workbook of three sheets: the indicators under a title block, the districts with a
 * totals row, and the kinds of organisation.
 *
 * <p>Every figure is a numeric cell (roubles with a rouble format, counts with digit grouping) so that the fund's
 * or the school's accountant can add them up again; the totals row holds values summed in Java, not formulas, so
 * that the file shows the same totals as the PDF even in a viewer that does not calculate. Every text goes through
 * {@link SafeCells#text}: district and organisation names come from what people typed.
 *
 * <p>The report is a few hundred cells, so the ordinary in-memory workbook is used; column widths are fixed by kind
 * of column rather than measured, which would need the fonts installed on the server.
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

    /** Widths in characters (POI counts in 1/256 of a character). */
    private static final int NAME_WIDTH = 50;
    private static final int DISTRICT_WIDTH = 30;
    private static final int KIND_WIDTH = 40;
    private static final int FIGURE_WIDTH = 16;
    private static final int ROUBLES_WIDTH = 20;

    private static final int SHEET_NAME_LENGTH = 31;

    private GrantReportXlsx() {
    }

    public static void write(GrantReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Labels labels = report.labels();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            Styles styles = new Styles(workbook);
            List<String> names = sheetNames(
                    List.of(nz(labels.indicatorsHeading()), nz(labels.districtsHeading()), nz(labels.kindsHeading())));
            indicators(workbook.createSheet(names.get(0)), report, styles);
            districts(workbook.createSheet(names.get(1)), report, styles);
            kinds(workbook.createSheet(names.get(2)), report, styles);
            workbook.write(out);
        }
        out.flush();
    }

    private static void indicators(XSSFSheet sheet, GrantReport report, Styles styles) {
        Labels labels = report.labels();
        text(sheet.createRow(0), 0, report.title(), styles.title);
        text(sheet.createRow(1), 0, caption(labels.programmeLabel(), report.programme()), null);
        text(sheet.createRow(2), 0, caption(labels.period(), RussianFigures.period(report.from(), report.to())), null);
        text(sheet.createRow(3), 0, caption(labels.generated(), RussianFigures.date(report.generatedOn())), null);

        header(sheet, INDICATORS_HEADER_ROW, styles,
                labels.indicator(), labels.confirmed(), labels.reportedOnly(), labels.total());
        int r = INDICATORS_HEADER_ROW + 1;
        for (Indicator indicator : report.indicators()) {
            Row row = sheet.createRow(r++);
            text(row, 0, indicator.name(), styles.wrapped);
            figure(row, 1, indicator.confirmed(), indicator.money(), false, styles);
            figure(row, 2, indicator.reportedOnly(), indicator.money(), false, styles);
            figure(row, 3, indicator.total(), indicator.money(), false, styles);
        }
        // Right under the figures it explains, after one blank row.
        text(sheet.createRow(r + 1), 0, labels.confirmedNote(), null);

        finish(sheet, INDICATORS_HEADER_ROW, NAME_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH);
    }

    private static void districts(XSSFSheet sheet, GrantReport report, Styles styles) {
        Labels labels = report.labels();
        text(sheet.createRow(0), 0, labels.districtsHeading(), styles.heading);
        header(sheet, TABLE_HEADER_ROW, styles, labels.district(), labels.trained(), labels.graduates(),
                labels.certificates(), labels.resourceCentres(), labels.organisations(), labels.services(),
                labels.roubles());
        int r = TABLE_HEADER_ROW + 1;
        for (DistrictLine line : report.byDistrict()) {
            district(sheet.createRow(r++), line, false, styles);
        }
        district(sheet.createRow(r), report.districtTotal(), true, styles);

        finish(sheet, TABLE_HEADER_ROW, DISTRICT_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH,
                FIGURE_WIDTH, FIGURE_WIDTH, ROUBLES_WIDTH);
    }

    private static void district(Row row, DistrictLine line, boolean total, Styles styles) {
        text(row, 0, line.district(), total ? styles.bold : null);
        count(row, 1, line.trained(), total, styles);
        count(row, 2, line.graduates(), total, styles);
        count(row, 3, line.certificates(), total, styles);
        count(row, 4, line.resourceCentres(), total, styles);
        count(row, 5, line.organisations(), total, styles);
        count(row, 6, line.services(), total, styles);
        figure(row, 7, line.roubles(), true, total, styles);
    }

    private static void kinds(XSSFSheet sheet, GrantReport report, Styles styles) {
        Labels labels = report.labels();
        text(sheet.createRow(0), 0, labels.kindsHeading(), styles.heading);
        header(sheet, TABLE_HEADER_ROW, styles, labels.organisationKind(), labels.trained(), labels.certified());
        int r = TABLE_HEADER_ROW + 1;
        for (KindLine line : report.byOrganisationKind()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.organisationKind(), null);
            count(row, 1, line.trained(), false, styles);
            count(row, 2, line.certified(), false, styles);
        }
        finish(sheet, TABLE_HEADER_ROW, KIND_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH);
    }

    private static void header(XSSFSheet sheet, int rowIndex, Styles styles, String... headings) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < headings.length; c++) {
            text(row, c, headings[c], styles.header);
        }
    }

    /** Widths, the header kept in view, and a print setup that repeats the header on every printed page. */
    private static void finish(XSSFSheet sheet, int headerRow, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        // One page wide, as many pages long as it takes: the districts' eight columns do not fit A4 otherwise.
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void text(Row row, int column, String value, XSSFCellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SafeCells.text(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void count(Row row, int column, long value, boolean bold, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number(COUNT_FORMAT, bold));
    }

    private static void figure(Row row, int column, BigDecimal value, boolean money, boolean bold, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        boolean fraction = RussianFigures.hasFraction(value);
        String format = money
                ? (fraction ? KOPECKS_FORMAT : ROUBLES_FORMAT)
                : (fraction ? DECIMAL_FORMAT : COUNT_FORMAT);
        cell.setCellStyle(styles.number(format, bold));
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
                    : WorkbookUtil.createSafeSheetName(heading.strip(), '_');
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = base.substring(0, Math.min(base.length(), SHEET_NAME_LENGTH - suffix.length())) + suffix;
            }
            names.add(name);
        }
        return names;
    }

    /** The styles of the workbook, each created once (Excel caps a workbook at about 64,000 styles). */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle heading;
        final XSSFCellStyle header;
        final XSSFCellStyle bold;
        final XSSFCellStyle wrapped;
        private final XSSFWorkbook workbook;
        private final XSSFFont boldFont;
        private final Map<String, XSSFCellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            XSSFFont titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);

            boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);

            XSSFFont headingFont = workbook.createFont();
            headingFont.setBold(true);
            headingFont.setFontHeightInPoints((short) 12);
            heading = workbook.createCellStyle();
            heading.setFont(headingFont);

            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setBorderBottom(BorderStyle.THIN);

            // Long indicator names wrap within their column instead of running under the figures.
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }

        XSSFCellStyle number(String format, boolean isBold) {
            return numbers.computeIfAbsent(format + (isBold ? "|bold" : ""), key -> {
                XSSFCellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                style.setVerticalAlignment(VerticalAlignment.TOP);
                if (isBold) {
                    style.setFont(boldFont);
                }
                return style;
            });
        }
    }
}
