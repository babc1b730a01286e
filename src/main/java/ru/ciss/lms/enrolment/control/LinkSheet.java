package ru.ciss.lms.enrolment.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.ciss.lms.platform.export.SafeCells;
import ru.ciss.lms.platform.export.Spreadsheets;

/**
 * Activation links of an import or a cohort as a table for a mail merge or for printing: one row a person, the
 * columns given by the caller (already translated), every text neutralised against formulas. The CSV is UTF-8 with
 * a byte order mark and {@code ;}, which a Russian Excel and Word's mail merge open as they are.
 */
public final class LinkSheet {

    private static final int[] WIDTHS = {36, 32, 24, 30, 70};

    private LinkSheet() {
    }

    /** fullName, e-mail, district, state («активирован», «ссылка действует до …»), link (empty: not known here). */
    public record Row(String fullName, String email, String district, String state, String link) {

        List<String> cells() {
            return List.of(SafeCells.text(fullName), SafeCells.text(email), SafeCells.text(district),
                    SafeCells.text(state), SafeCells.text(link));
        }
    }

    public static byte[] csv(List<String> headers, List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
                    .setRecordSeparator("\r\n").get());
            printer.printRecord(headers.stream().map(SafeCells::text).toList());
            for (Row row : rows) {
                printer.printRecord(row.cells());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<String> headers, List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = Spreadsheets.workbook(out)) {
            Worksheet sheet = workbook.newWorksheet(Spreadsheets.sheetName(sheetName, "Лист1"));
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.width(c, WIDTHS[c]);
            }
            sheet.freezePane(0, 1);
            for (int c = 0; c < headers.size(); c++) {
                Spreadsheets.text(sheet, 0, c, headers.get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (Row row : rows) {
                List<String> cells = row.cells();
                for (int c = 0; c < cells.size(); c++) {
                    sheet.value(r, c, cells.get(c)); // already neutralised by cells()
                }
                r++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }
}
