package ru.ciss.lms.enrolment.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 parser: fields in double quotes may hold the delimiter, line breaks and doubled quotes; lines may
 * end with CRLF, LF or CR. It is lenient where Excel and hand-edited files are: a quote inside an unquoted field and
 * text after a closing quote are kept as written. It reads one record at a time so that an oversized file can be
 * rejected without parsing it all.
 */
final class CsvParser {

    /** One record and the 1-based physical line it starts on. Cells are as written, not stripped. */
    record Record(int line, List<String> cells) {
    }

    private final String text;
    private final char delimiter;
    private int pos;
    private int line = 1;
    private int unclosedQuoteLine;

    CsvParser(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
    }

    /** The next record, or null at the end of the text. */
    Record next() {
        if (pos >= text.length()) {
            return null;
        }
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        if (text.charAt(pos) == '"') {
            readQuoted(cell);
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                pos++;
                if (pos < text.length() && text.charAt(pos) == '"') {
                    readQuoted(cell);
                }
            } else if (c == '\r' || c == '\n') {
                skipLineBreak();
                break;
            } else {
                cell.append(c);
                pos++;
            }
        }
        cells.add(cell.toString());
        return new Record(start, cells);
    }

    /** The line of a quote that was never closed (it swallowed the rest of the file), or 0. */
    int unclosedQuoteLine() {
        return unclosedQuoteLine;
    }

    /** Reads a quoted field from its opening quote up to and including its closing quote. */
    private void readQuoted(StringBuilder cell) {
        int openedOn = line;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    cell.append('"');
                    pos += 2;
                } else {
                    pos++;
                    return;
                }
            } else if (c == '\r' || c == '\n') {
                // Kept as written: it is part of the cell (an address or a position on two lines).
                int from = pos;
                skipLineBreak();
                cell.append(text, from, pos);
            } else {
                cell.append(c);
                pos++;
            }
        }
        if (unclosedQuoteLine == 0) {
            unclosedQuoteLine = openedOn;
        }
    }

    /** Steps over one CRLF, LF or CR and counts the line. */
    private void skipLineBreak() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
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
