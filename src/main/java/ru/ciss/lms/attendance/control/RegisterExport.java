package ru.ciss.lms.attendance.control;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an attendance register as a spreadsheet (XLSX), a CSV for Russian Excel, or a printable PDF.
 *
 * <p>Each method writes the whole file to {@code out} and flushes it, but never closes it: the caller owns the
 * stream (typically a servlet response) and may still need it.
 */
public final class RegisterExport {

    private RegisterExport() {
    }

    /** One sheet: title, subtitle, a frozen and filterable header row, one row per trainee, then the legend. */
    public static void xlsx(RegisterTable table, OutputStream out) throws IOException {
        RegisterXlsx.write(table, out);
    }

    /** UTF-8 with a BOM, {@code ;}-separated, CRLF lines: the header row then one row per trainee. */
    public static void csv(RegisterTable table, OutputStream out) throws IOException {
        RegisterCsv.write(table, out);
    }

    /** A4 landscape with embedded DejaVu Sans, the header row repeated on every page and a signature column. */
    public static void pdf(RegisterTable table, OutputStream out) throws IOException {
        RegisterPdf.write(table, out);
    }
}
