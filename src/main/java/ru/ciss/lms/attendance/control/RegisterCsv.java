package ru.ciss.lms.attendance.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.ciss.lms.platform.export.SafeCells;

/**
 * The register as a CSV that a Russian Excel opens by double-click: without the byte order mark Excel reads the file
 * as Windows-1251 and garbles every Cyrillic letter, and with a Russian locale its list separator is {@code ;}, not
 * {@code ,} (the comma is the decimal separator). No title rows, so that the file stays a clean table to re-import.
 */
final class RegisterCsv {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private RegisterCsv() {
    }

    static void write(RegisterTable table, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        // Neither the writer nor the printer is closed: that would close the caller's stream. Flushing is enough.
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(table.spreadsheetHeaders().stream().map(SafeCells::text).toList());
        int number = 1;
        for (RegisterTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(number++));
            cells.add(SafeCells.text(row.fullName()));
            cells.add(SafeCells.text(row.district()));
            cells.add(SafeCells.text(row.organisationKind()));
            row.marks().forEach(mark -> cells.add(SafeCells.text(mark)));
            cells.add(Integer.toString(row.percent()));
            cells.add(SafeCells.text(row.atRisk() ? table.labels().atRiskMark() : ""));
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
