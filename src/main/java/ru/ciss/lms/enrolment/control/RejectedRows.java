package ru.ciss.lms.enrolment.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ru.ciss.lms.platform.export.SafeCells;

/**
 * The rows the preview rejected, written back as the curator sent them: the file's own encoding and delimiter, its
 * header, each row's cells as written, and one more column, «Проблемы», saying what is wrong. Fixed in Excel and
 * uploaded again, it enrols the rest (the reader ignores the extra column). Every cell is neutralised against
 * formulas (a leading {@code '}), which the reader takes off again, so a phone «+7…» survives the round trip.
 */
public final class RejectedRows {

    private RejectedRows() {
    }

    /**
     * @param problemsHeader the name of the extra column («Проблемы»)
     * @param describe       a row's problems in words, in the curator's language
     */
    public static byte[] csv(Roster roster, String problemsHeader, Function<RosterRow, String> describe) {
        Charset encoding = roster.encoding() == null ? StandardCharsets.UTF_8 : roster.encoding();
        int width = roster.headerCells().size();
        List<Integer> rejected = new ArrayList<>();
        for (int i = 0; i < roster.rows().size(); i++) {
            if (!roster.rows().get(i).problems().isEmpty()) {
                rejected.add(i);
                width = Math.max(width, roster.records().get(i).size());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            // Excel needs the byte order mark to read UTF-8 and UTF-16; Windows-1251 has none.
            if (encoding.equals(StandardCharsets.UTF_8)) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            } else if (encoding.equals(StandardCharsets.UTF_16LE)) {
                out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
            } else if (encoding.equals(StandardCharsets.UTF_16BE)) {
                out.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
            }
            // A character the encoding lacks becomes '?' (the writer's default), never an error.
            Writer writer = new OutputStreamWriter(out, encoding);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.DEFAULT)
                    .setDelimiter(roster.delimiter()).setRecordSeparator("\r\n").get());
            if (roster.header()) {
                printer.printRecord(padded(roster.headerCells(), width, problemsHeader));
            }
            for (int i : rejected) {
                printer.printRecord(padded(roster.records().get(i), width, describe.apply(roster.rows().get(i))));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    /** The cells, made safe, filled up to the width, then the last one: the problems column stays in one place. */
    private static List<String> padded(List<String> cells, int width, String last) {
        List<String> result = new ArrayList<>(width + 1);
        for (int i = 0; i < width; i++) {
            result.add(i < cells.size() ? SafeCells.text(cells.get(i)) : "");
        }
        result.add(SafeCells.text(last));
        return result;
    }
}
