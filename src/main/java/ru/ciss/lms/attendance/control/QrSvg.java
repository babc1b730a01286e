package ru.ciss.lms.attendance.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A QR code as a small standalone SVG: vector, so it stays sharp on the room's projector at any size, and text, so
 * it goes inline into a page without a second request.
 */
public final class QrSvg {

    /** The quiet zone the QR specification asks for, in modules. */
    static final int MARGIN = 4;

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private QrSvg() {
    }

    /**
     * @param text  what the code carries, usually a URL
     * @param title the accessible name, read out by screen readers; any text, it is escaped
     * @throws IllegalArgumentException when the text is empty or too long for a QR code
     */
    public static String svg(String text, String title) {
        Objects.requireNonNull(title, "title");
        BitMatrix matrix = matrix(text);
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        // Two codes inline in one page must not share an id, or one title would name both.
        String titleId = "qr-title-" + Integer.toHexString(Objects.hash(text, title));
        return "<svg xmlns=\"" + SVG_NAMESPACE + "\" viewBox=\"0 0 " + width + " " + height + "\""
                + " role=\"img\" aria-labelledby=\"" + titleId + "\""
                // Without it, anti-aliasing draws hairlines between neighbouring rows of modules.
                + " shape-rendering=\"crispEdges\">"
                + "<title id=\"" + titleId + "\">" + escape(title) + "</title>"
                // Scanners need dark on light; a transparent background would take the page's, maybe a dark one.
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path(matrix) + "\"/>"
                + "</svg>";
    }

    static BitMatrix matrix(String text) {
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

    /** One rectangle per horizontal run of dark modules: half the size of one square per module. */
    private static String path(BitMatrix matrix) {
        StringBuilder d = new StringBuilder();
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
                int run = x - start;
                d.append('M').append(start).append(' ').append(y)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return d.toString();
    }

    /** Text content escaped, and the characters XML 1.0 forbids dropped, so the document stays well-formed. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (allowedInXml(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r'
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
