package ru.ciss.lms.platform.export;

import java.io.OutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * What every XLSX export shares: the workbook written straight to its stream, sheet names as Excel accepts them, and
 * texts that cannot become formulas.
 *
 * <p>The exports are written with fastexcel, a streaming writer of a few hundred classes, rather than Apache POI: POI
 * brought about 9,000 classes into the WAR that every start parsed and CDI scanned, for five writers that need cells,
 * a few styles, widths, frozen panes, filters and print settings. The tests still read every export back with POI, an
 * independent reader.
 */
public final class Spreadsheets {

    /** Excel's limit for a sheet name. */
    public static final int SHEET_NAME_LENGTH = 31;

    /** Written into the file's properties as the program that made it. */
    private static final String APPLICATION = "LMS";
    /** Excel's form XX.YYYY; fastexcel refuses anything else. */
    private static final String APPLICATION_VERSION = "1.0";

    private Spreadsheets() {
    }

    /** A workbook writing to {@code out}; the caller closes it, which writes the rest of the file. */
    public static Workbook workbook(OutputStream out) {
        return new Workbook(out, APPLICATION, APPLICATION_VERSION);
    }

    /**
     * A title made into a sheet name as Excel's rules want it: at most 31 characters, none of
     * {@code \ / ? * [ ] :} (each becomes {@code _}), no apostrophe at either end; a blank title gives {@code fallback}.
     */
    public static String sheetName(String title, String fallback) {
        if (title == null || title.isBlank()) {
            return fallback;
        }
        String stripped = title.strip();
        // Cut, then stripped again: a cut between two words would otherwise leave the name ending in a space.
        StringBuilder name = new StringBuilder(
                stripped.substring(0, Math.min(SHEET_NAME_LENGTH, stripped.length())).stripTrailing());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean forbidden = "\u0000\u0003:/\\?*[]".indexOf(ch) >= 0;
            boolean quoteAtAnEnd = ch == '\'' && (i == 0 || i == name.length() - 1);
            if (forbidden || quoteAtAnEnd) {
                name.setCharAt(i, '_');
            }
        }
        return name.toString();
    }

    /** A text cell, neutralised against formulas ({@link SafeCells#text}); null is written as "". */
    public static void text(Worksheet sheet, int row, int column, String value) {
        sheet.value(row, column, SafeCells.text(value));
    }
}
