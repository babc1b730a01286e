package ru.ciss.lms.certificates.control;

import static ru.ciss.lms.platform.export.Spreadsheets.text;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.ciss.lms.platform.export.SafeCells;
import ru.ciss.lms.platform.export.Spreadsheets;

/**
 * The register of issued certificates (реестр выданных сертификатов) as one XLSX sheet: a title line, a bold
 * header row that stays in view and carries a filter, then one row per certificate.
 *
 * <p>Written as a stream, a window of rows at a time: the register grows by every cohort of every year and may pass
 * ten thousand rows. For the same reason the columns get fixed widths; auto-sizing would have to track every cell of
 * every row.
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

    /** Rows kept in memory while writing; the rest are already written out. */
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
        try (Workbook workbook = Spreadsheets.workbook(out)) {
            Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
            // Widths and the frozen pane are written before the first row, so they are set before any row streams.
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.width(c, WIDTHS[c]);
            }
            sheet.freezePane(0, HEADER_ROW + 1);

            text(sheet, 0, 0, title);
            sheet.style(0, 0).bold().set();
            for (int c = 0; c < headers.size(); c++) {
                text(sheet, HEADER_ROW, c, headers.get(c));
                sheet.style(HEADER_ROW, c).bold().set();
            }

            int r = HEADER_ROW + 1;
            for (Row certificate : rows) {
                text(sheet, r, 0, certificate.number());
                text(sheet, r, 1, certificate.holder());
                text(sheet, r, 2, certificate.programme());
                text(sheet, r, 3, certificate.cohort());
                sheet.value(r, 4, certificate.hours());
                sheet.style(r, 4).format("0").set();
                if (certificate.issuedOn() != null) {
                    sheet.value(r, 5, certificate.issuedOn());
                    sheet.style(r, 5).format(DATE_FORMAT).set();
                }
                text(sheet, r, 6, certificate.signatory());
                text(sheet, r, 7, certificate.status());
                text(sheet, r, 8, certificate.note());
                if (++r % WINDOW == 0) {
                    sheet.flush();
                }
            }
            // The filter is written after the rows, so it may cover them all.
            sheet.setAutoFilter(HEADER_ROW, 0, Math.max(HEADER_ROW, r - 1), WIDTHS.length - 1);
        }
        out.flush();
    }
}
