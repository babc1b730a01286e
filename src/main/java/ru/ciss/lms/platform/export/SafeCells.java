package ru.ciss.lms.platform.export;

/**
 * Neutralises spreadsheet formula injection (CSV/formula injection) in every text that an export writes to a
 * CSV or XLSX cell.
 *
 * <p>A text starting with {@code =}, {@code +}, {@code -} or {@code @} is taken by Excel and LibreOffice as a
 * formula when a CSV is opened (or an XLSX is re-saved as CSV and reopened), so a trainee's name such as
 * {@code =HYPERLINK("http://evil","x")} would become a live link or worse on the teacher's machine. A leading tab or
 * carriage return can hide such a formula behind whitespace. These are the characters listed by OWASP's "CSV
 * Injection" guidance; prefixing a single quote makes every spreadsheet show the value as text.
 *
 * <p>The rule deliberately does not try to tell formulas from harmless values: {@code -5} is prefixed too, because a
 * cell starting with {@code -} is parsed as a formula ({@code -5+cmd|...} is one), and a shown quote on a rare
 * negative-looking text is cheaper than a guess that lets one formula through. Real numbers should be written as
 * numeric cells, which never pass through here.
 */
public final class SafeCells {

    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SafeCells() {
    }

    /** The value as safe cell text: prefixed with {@code '} when its first character could start a formula; null is "". */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
