package ru.ciss.lms.enrolment.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 records read by commons-csv, with what a roster import needs on top: the physical line each record starts
 * on (for messages), and the line of a quote that was never closed. It is lenient where Excel and hand-edited files
 * are: a quote inside an unquoted field and text after a closing quote are kept as written. It reads one record at a
 * time so that an oversized file can be rejected without parsing it all.
 */
final class CsvParser {

    /** One record and the 1-based physical line it starts on. Cells are as written, not stripped. */
    record Record(int line, List<String> cells) {
    }

    private final String text;
    private final char delimiter;
    private final int unclosedQuoteLine;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvParser(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
        this.unclosedQuoteLine = findUnclosedQuote();
        // When a quote is left open, the lenient reading keeps the rows: the one that swallowed the rest of the
        // file shows the curator where the quote is.
        this.parser = open(unclosedQuoteLine > 0);
        this.records = parser.iterator();
    }

    /** The next record, or null at the end of the text. */
    Record next() {
        int line = (int) parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
            return null;
        }
        return new Record(line, records.next().toList());
    }

    /** The line of a quote that was never closed (it swallowed the rest of the file), or 0. */
    int unclosedQuoteLine() {
        return unclosedQuoteLine;
    }

    /** A strict reading to the end: commons-csv refuses an open quote at the end of the file, we say where. */
    private int findUnclosedQuote() {
        try (CSVParser strict = open(false)) {
            Iterator<CSVRecord> all = strict.iterator();
            while (true) {
                int line = (int) strict.getCurrentLineNumber() + 1;
                try {
                    if (!all.hasNext()) {
                        return 0;
                    }
                    all.next();
                } catch (UncheckedIOException unfinished) {
                    return line;
                }
            }
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
    }

    private CSVParser open(boolean lenientEof) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .setLenientEof(lenientEof)
                .get();
        try {
            return CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get();
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
    }

    /**
     * The delimiter of the first non-blank line: whichever of ';', ',' and tab occurs most often outside quotes.
     * Ties go to ';' and then ',' because Russian Excel writes ';' and a comma is common inside organisation names.
     */
    static char detectDelimiter(String text) {
        int start = firstNonBlankLine(text);
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\r' || c == '\n')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons >= commas && semicolons >= tabs) {
            return ';';
        }
        return commas >= tabs ? ',' : '\t';
    }

    private static int firstNonBlankLine(String text) {
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                lineStart = i + 1;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return lineStart;
            }
        }
        return text.length();
    }
}
