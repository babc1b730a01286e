package ru.ciss.lms.presentations.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.ciss.lms.platform.export.SafeCells;

/** The results of a cohort's presentations as one XLSX sheet: one row per trainee, scores as numbers. */
public final class ResultsXlsx {

    private ResultsXlsx() {
    }

    /** One trainee's line; percentages null when there is none. */
    public record Line(String name, String district, String organisation, String state, String mentors,
            Double mentorsPercent, boolean flagged, Double moderatedPercent, Double resultPercent, String verdict) {
    }

    public static void write(String title, List<String> headers, List<Line> lines, String flaggedMark,
            OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                    title == null || title.isBlank() ? "Лист1" : title.strip(), '_'));
            XSSFCellStyle bold = workbook.createCellStyle();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            XSSFCellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            XSSFRow titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(SafeCells.text(title));
            titleRow.getCell(0).setCellStyle(bold);
            XSSFRow header = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(SafeCells.text(headers.get(c)));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 2;
            for (Line line : lines) {
                XSSFRow row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 1);
                row.createCell(1).setCellValue(SafeCells.text(line.name()));
                row.createCell(2).setCellValue(SafeCells.text(line.district()));
                row.createCell(3).setCellValue(SafeCells.text(line.organisation()));
                row.createCell(4).setCellValue(SafeCells.text(line.state()));
                row.createCell(5).setCellValue(SafeCells.text(line.mentors()));
                number(row, 6, line.mentorsPercent(), percent);
                row.createCell(7).setCellValue(line.flagged() ? SafeCells.text(flaggedMark) : "");
                number(row, 8, line.moderatedPercent(), percent);
                number(row, 9, line.resultPercent(), percent);
                row.createCell(10).setCellValue(SafeCells.text(line.verdict()));
                r++;
            }
            sheet.createFreezePane(2, 2);
            if (r > 2) {
                sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, headers.size() - 1));
            }
            int[] widths = {5, 36, 18, 30, 14, 50, 10, 12, 10, 10, 12};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            workbook.write(out);
        }
        out.flush();
    }

    private static void number(XSSFRow row, int column, Double value, XSSFCellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }
}
