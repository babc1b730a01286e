package ru.ciss.lms.certificates.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.ciss.lms.platform.export.SafeCells;

/**
 * The register of issued certificates (реестр выданных сертификатов) as one XLSX sheet: a title line, a bold
 * header row that stays in view and carries a filter, then one row per certificate.
 *
 * <p>Written with the streaming SXSSF workbook, which keeps only a window of rows in memory and spills the rest to
 * a temporary file: the register grows by every cohort of every year and may pass ten thousand rows. For the same
 * reason the columns get fixed widths; auto-sizing would have to track every cell of every row.
 *
 * <p>Hours are numeric cells and the issue date a real date cell, so that the register can be summed, sorted and
 * filtered by date in a spreadsheet; every text goes through {@link SafeCells#text} because holders' names and
 * notes are typed by people and must not become formulas.
 */
public final class CertificateRegisterXlsx {

    /** The sheet name; the title goes into the first row, where it may be as long as it likes. */
    public static final String SHEET_NAME = "Реестр";

    /** Excel's code for the date format; the month is "mm" in Excel's codes, shown as 05.03.2026. */
    static final String DATE_FORMAT = "dd.mm.yyyy";

    /** Column widths in characters, in {@link Row}'s order: wide enough for typical values, not measured. */
    private static final int[] WIDTHS = {16, 36, 40, 20, 8, 12, 30, 14, 40};

    /** Rows kept in memory while writing; the rest are already flushed to the temporary file. */
    private static final int WINDOW = 200;

    private static final int HEADER_ROW = 1;

    private CertificateRegisterXlsx() {
    }

    /** One issued certificate; {@code issuedOn} may be null (an empty cell), texts may be null (""). */
    public record Row(String number, String holder, String programme, String cohort, int hours, LocalDate issuedOn,
            String signatory, String status, String note) {
    }

    /**
     * @param title   shown in the first row, e.g. the school and the period covered
     * @param headers the nine column names, translated by the caller, in {@link Row}'s order
     * @throws IllegalArgumentException when there are not nine headers
     */
    public static void write(String title, List<String> headers, List<Row> rows, OutputStream out)
            throws IOException {
        if (headers == null || headers.size() != WIDTHS.length) {
            throw new IllegalArgumentException("Exactly " + WIDTHS.length + " headers are required, in Row's order");
        }
        // Since POI 5.3 close() also deletes the temporary file (bug 68183), so try-with-resources is enough.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            // The temporary file holds holders' names; compressed it takes far less disk for a big register.
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
            DataFormat formats = workbook.createDataFormat();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat(DATE_FORMAT));
            CellStyle whole = workbook.createCellStyle();
            whole.setDataFormat(formats.getFormat("0"));

            SXSSFRow titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(SafeCells.text(title));
            titleRow.getCell(0).setCellStyle(bold);

            SXSSFRow header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(SafeCells.text(headers.get(c)));
                header.getCell(c).setCellStyle(bold);
            }

            int r = HEADER_ROW + 1;
            for (Row certificate : rows) {
                SXSSFRow row = sheet.createRow(r++);
                row.createCell(0).setCellValue(SafeCells.text(certificate.number()));
                row.createCell(1).setCellValue(SafeCells.text(certificate.holder()));
                row.createCell(2).setCellValue(SafeCells.text(certificate.programme()));
                row.createCell(3).setCellValue(SafeCells.text(certificate.cohort()));
                row.createCell(4).setCellValue(certificate.hours());
                row.getCell(4).setCellStyle(whole);
                if (certificate.issuedOn() != null) {
                    row.createCell(5).setCellValue(certificate.issuedOn());
                    row.getCell(5).setCellStyle(date);
                }
                row.createCell(6).setCellValue(SafeCells.text(certificate.signatory()));
                row.createCell(7).setCellValue(SafeCells.text(certificate.status()));
                row.createCell(8).setCellValue(SafeCells.text(certificate.note()));
            }

            // Freeze panes, filter and widths are sheet-level settings, so they can be set after the rows streamed.
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, WIDTHS.length - 1));
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            workbook.write(out);
        }
        out.flush();
    }
}
