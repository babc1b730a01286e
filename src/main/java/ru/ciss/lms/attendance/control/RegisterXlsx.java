package ru.ciss.lms.attendance.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.ciss.lms.platform.export.SafeCells;

/**
 * The register as one XLSX sheet. Column widths are fixed by kind of column rather than measured with
 * {@code autoSizeColumn}, which needs the fonts installed on the server (and is slow on large sheets).
 */
final class RegisterXlsx {

    /** Rows 0 and 1 are the title and subtitle; the header row follows. */
    static final int HEADER_ROW = 2;

    /** Widths in characters (POI counts in 1/256 of a character). */
    private static final int NUMBER_WIDTH = 5;
    private static final int NAME_WIDTH = 36;
    private static final int DISTRICT_WIDTH = 18;
    private static final int KIND_WIDTH = 22;
    private static final int DAY_WIDTH = 7;
    private static final int PERCENT_WIDTH = 6;
    private static final int AT_RISK_WIDTH = 12;

    /** Excel's default name for a first sheet, when the title gives nothing usable. */
    private static final String FALLBACK_SHEET_NAME = "Лист1";

    private RegisterXlsx() {
    }

    static void write(RegisterTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(sheetName(table.title()));
            Styles styles = new Styles(workbook);

            text(sheet.createRow(0), 0, table.title(), styles.title);
            text(sheet.createRow(1), 0, table.subtitle(), null);

            List<String> headers = table.spreadsheetHeaders();
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < headers.size(); c++) {
                text(header, c, headers.get(c), styles.header);
            }

            int r = HEADER_ROW + 1;
            for (RegisterTable.Row trainee : table.rows()) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - HEADER_ROW);
                text(row, 1, trainee.fullName(), trainee.atRisk() ? styles.atRiskName : null);
                text(row, 2, trainee.district(), null);
                text(row, 3, trainee.organisationKind(), null);
                int c = 4;
                for (String mark : trainee.marks()) {
                    text(row, c++, mark, styles.centred);
                }
                // A number, not a text, so that the percent column sorts and filters numerically.
                row.createCell(c++).setCellValue(trainee.percent());
                text(row, c, trainee.atRisk() ? table.labels().atRiskMark() : "", null);
                r++;
            }
            int lastTraineeRow = r - 1;

            // Frozen below the header and right of the names, so both stay visible while scrolling a long term.
            sheet.createFreezePane(2, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastTraineeRow, 0, headers.size() - 1));

            r++; // one blank row, so that the legend is outside the filtered range
            for (String line : table.legend()) {
                text(sheet.createRow(r++), 0, line, null);
            }

            setWidths(sheet, table.dayHeaders().size());
            workbook.write(out);
        }
        out.flush();
    }

    /** Excel's rules: at most 31 characters, none of {@code \ / ? * [ ] :}, not blank, no quote at either end. */
    static String sheetName(String title) {
        if (title == null || title.isBlank()) {
            return FALLBACK_SHEET_NAME;
        }
        return WorkbookUtil.createSafeSheetName(title.strip(), '_');
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(SafeCells.text(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void setWidths(XSSFSheet sheet, int days) {
        int c = 0;
        sheet.setColumnWidth(c++, NUMBER_WIDTH * 256);
        sheet.setColumnWidth(c++, NAME_WIDTH * 256);
        sheet.setColumnWidth(c++, DISTRICT_WIDTH * 256);
        sheet.setColumnWidth(c++, KIND_WIDTH * 256);
        for (int d = 0; d < days; d++) {
            sheet.setColumnWidth(c++, DAY_WIDTH * 256);
        }
        sheet.setColumnWidth(c++, PERCENT_WIDTH * 256);
        sheet.setColumnWidth(c, AT_RISK_WIDTH * 256);
    }

    /** The few styles of the sheet, created once per workbook (Excel caps a workbook at about 64,000 styles). */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle header;
        final XSSFCellStyle atRiskName;
        final XSSFCellStyle centred;

        Styles(XSSFWorkbook workbook) {
            XSSFFont titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);

            XSSFFont boldFont = workbook.createFont();
            boldFont.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);

            XSSFFont atRiskFont = workbook.createFont();
            atRiskFont.setBold(true);
            atRiskFont.setColor(IndexedColors.RED.getIndex());
            atRiskName = workbook.createCellStyle();
            atRiskName.setFont(atRiskFont);

            centred = workbook.createCellStyle();
            centred.setAlignment(HorizontalAlignment.CENTER);
        }
    }
}
