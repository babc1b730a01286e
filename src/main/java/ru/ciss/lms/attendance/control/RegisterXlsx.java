package ru.ciss.lms.attendance.control;

import static ru.ciss.lms.platform.export.Spreadsheets.text;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.ciss.lms.platform.export.Spreadsheets;

/**
 * The register as one XLSX sheet. Column widths are fixed by kind of column rather than measured, which would need
 * the fonts installed on the server (and is slow on large sheets).
 */
final class RegisterXlsx {

    /** Rows 0 and 1 are the title and subtitle; the header row follows. */
    static final int HEADER_ROW = 2;

    /** Widths in characters. */
    private static final int NUMBER_WIDTH = 5;
    private static final int NAME_WIDTH = 36;
    private static final int DISTRICT_WIDTH = 18;
    private static final int KIND_WIDTH = 22;
    /** A day's head is a whole date, «03.12.2026» (RegisterDownload): ten characters and a margin. */
    private static final int DAY_WIDTH = 11;
    private static final int PERCENT_WIDTH = 6;
    private static final int AT_RISK_WIDTH = 12;

    private static final String RED = "FF0000";

    /** Excel's default name for a first sheet, when the title gives nothing usable. */
    private static final String FALLBACK_SHEET_NAME = "Лист1";

    private RegisterXlsx() {
    }

    static void write(RegisterTable table, OutputStream out) throws IOException {
        try (Workbook workbook = Spreadsheets.workbook(out)) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
            setWidths(sheet, table.dayHeaders().size());
            // Frozen below the header and right of the names, so both stay visible while scrolling a long term.
            sheet.freezePane(2, HEADER_ROW + 1);

            text(sheet, 0, 0, table.title());
            sheet.style(0, 0).bold().fontSize(14).set();
            text(sheet, 1, 0, table.subtitle());

            List<String> headers = table.spreadsheetHeaders();
            for (int c = 0; c < headers.size(); c++) {
                text(sheet, HEADER_ROW, c, headers.get(c));
                sheet.style(HEADER_ROW, c).bold().wrapText(true).set();
            }

            int r = HEADER_ROW + 1;
            for (RegisterTable.Row trainee : table.rows()) {
                sheet.value(r, 0, r - HEADER_ROW);
                text(sheet, r, 1, trainee.fullName());
                if (trainee.atRisk()) {
                    sheet.style(r, 1).bold().fontColor(RED).set();
                }
                text(sheet, r, 2, trainee.district());
                text(sheet, r, 3, trainee.organisationKind());
                int c = 4;
                for (String mark : trainee.marks()) {
                    text(sheet, r, c, mark);
                    sheet.style(r, c++).horizontalAlignment("center").set();
                }
                // A number, not a text, so that the percent column sorts and filters numerically.
                sheet.value(r, c++, trainee.percent());
                text(sheet, r, c, trainee.atRisk() ? table.labels().atRiskMark() : "");
                r++;
            }
            int lastTraineeRow = r - 1;
            sheet.setAutoFilter(HEADER_ROW, 0, lastTraineeRow, headers.size() - 1);

            r++; // one blank row, so that the legend is outside the filtered range
            for (String line : table.legend()) {
                text(sheet, r++, 0, line);
            }
        }
        out.flush();
    }

    /** Excel's rules: at most 31 characters, none of {@code \ / ? * [ ] :}, not blank, no quote at either end. */
    static String sheetName(String title) {
        return Spreadsheets.sheetName(title, FALLBACK_SHEET_NAME);
    }

    private static void setWidths(Worksheet sheet, int days) {
        int c = 0;
        sheet.width(c++, NUMBER_WIDTH);
        sheet.width(c++, NAME_WIDTH);
        sheet.width(c++, DISTRICT_WIDTH);
        sheet.width(c++, KIND_WIDTH);
        for (int d = 0; d < days; d++) {
            sheet.width(c++, DAY_WIDTH);
        }
        sheet.width(c++, PERCENT_WIDTH);
        sheet.width(c, AT_RISK_WIDTH);
    }
}
