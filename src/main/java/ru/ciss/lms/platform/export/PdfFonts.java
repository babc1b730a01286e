package ru.ciss.lms.platform.export;

import org.openpdf.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans for PDFs: the standard 14 PDF fonts have no Cyrillic, so the font is embedded (as a subset) with
 * Identity-H encoding. The TTF bytes are read from the classpath, not a file path, because the deployed WAR need not
 * be unpacked on a filesystem; they are read once and kept, while each document gets its own {@link BaseFont}, so
 * that no font state (the glyphs used, for subsetting) is shared between concurrent exports.
 */
public final class PdfFonts {

    private static final String FOLDER = "/ru/ciss/lms/platform/fonts/";

    private PdfFonts() {
    }

    /** Loaded on first use only (the holder idiom), so that code never printing a PDF never reads 1.4 MB of fonts. */
    private static final class Bytes {
        static final byte[] REGULAR = read("DejaVuSans.ttf");
        static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    }

    public static BaseFont regular() {
        return create("DejaVuSans.ttf", Bytes.REGULAR);
    }

    public static BaseFont bold() {
        return create("DejaVuSans-Bold.ttf", Bytes.BOLD);
    }

    private static BaseFont create(String name, byte[] ttf) {
        try {
            // The name must end with .ttf: OpenPDF picks the font parser from it; the bytes are what is read.
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
