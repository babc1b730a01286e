package ru.ciss.lms.platform.export;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/** The modules of a QR code, for the pages (SVG) and the documents (PDF) that draw one. */
public final class QrMatrix {

    /** The quiet zone the QR specification asks for, in modules. */
    public static final int MARGIN = 4;

    private QrMatrix() {
    }

    /**
     * One matrix cell per module, the quiet zone included; error correction M survives a smudge on paper or a
     * glare on a projector and keeps a URL's code small.
     *
     * @throws IllegalArgumentException when the text is empty or too long for a QR code
     */
    public static BitMatrix of(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, MARGIN);
        // An ASCII text (our URLs) goes without a charset marker, which some readers handle badly; anything else is
        // marked as UTF-8, since ZXing's default, ISO-8859-1, would turn Cyrillic into question marks.
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            // Size 0 asks for one unit per module, so the matrix is the code itself plus its margin.
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("This text does not fit into a QR code", e);
        }
    }

    /** Receives one horizontal run of dark modules: row y, from column x, this many modules long. */
    @FunctionalInterface
    public interface Runs {
        void run(int x, int y, int length);
    }

    /**
     * Each horizontal run of dark modules, row by row: drawn as one rectangle per run, a code takes a fraction of
     * the space of one square per module.
     */
    public static void forEachRun(BitMatrix matrix, Runs runs) {
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                runs.run(start, y, x - start);
            }
        }
    }
}
