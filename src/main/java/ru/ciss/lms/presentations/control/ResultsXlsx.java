package ru.ciss.lms.presentations.control;

import static ru.ciss.lms.platform.export.Spreadsheets.text;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.ciss.lms.platform.export.SafeCells;
import ru.ciss.lms.platform.export.Spreadsheets;

/** The results of a cohort's presentations as one XLSX sheet: one row per trainee, scores as numbers. */
public final class ResultsXlsx {

    private static final int[] WIDTHS = {5, 36, 18, 30, 14, 50, 10, 12, 10, 10, 12};

    private ResultsXlsx() {
    }

    /** One trainee's line; percentages null when there is none. */
    public record Line(String name, String district, String organisation, String state, String mentors,
            Double mentorsPercent, boolean flagged, Double moderatedPercent, Double resultPercent, String verdict) {
    }

    public static void write(String title, List<String> headers, List<Line> lines, String flaggedMark,
            OutputStream out) throws IOException {
        try (Workbook workbook = Spreadsheets.workbook(out)) {
            Worksheet sheet = workbook.newWorksheet(Spreadsheets.sheetName(title, "Лист1"));
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.width(c, WIDTHS[c]);
            }
            sheet.freezePane(2, 2);
            text(sheet, 0, 0, title);
            sheet.style(0, 0).bold().set();
            for (int c = 0; c < headers.size(); c++) {
                text(sheet, 1, c, headers.get(c));
                sheet.style(1, c).bold().set();
            }
            int r = 2;
            for (Line line : lines) {
                sheet.value(r, 0, r - 1);
                text(sheet, r, 1, line.name());
                text(sheet, r, 2, line.district());
                text(sheet, r, 3, line.organisation());
                text(sheet, r, 4, line.state());
                text(sheet, r, 5, line.mentors());
                percent(sheet, r, 6, line.mentorsPercent());
                sheet.value(r, 7, line.flagged() ? SafeCells.text(flaggedMark) : "");
                percent(sheet, r, 8, line.moderatedPercent());
                percent(sheet, r, 9, line.resultPercent());
                text(sheet, r, 10, line.verdict());
                r++;
            }
            if (r > 2) {
                sheet.setAutoFilter(1, 0, r - 1, headers.size() - 1);
            }
        }
        out.flush();
    }

    private static void percent(Worksheet sheet, int row, int column, Double value) {
        if (value != null) {
            sheet.value(row, column, value);
            sheet.style(row, column).format("0.0").set();
        }
    }
}
