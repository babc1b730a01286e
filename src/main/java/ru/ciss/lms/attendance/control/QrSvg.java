package ru.ciss.lms.attendance.control;

import com.google.zxing.common.BitMatrix;
import java.util.Objects;
import ru.ciss.lms.platform.export.QrMatrix;

/**
 * A QR code as a small standalone SVG: vector, so it stays sharp on the room's projector at any size, and text, so
 * it goes inline into a page without a second request.
 */
public final class QrSvg {

    static final int MARGIN = QrMatrix.MARGIN;

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
        return QrMatrix.of(text);
    }

    /** One rectangle per horizontal run of dark modules: half the size of one square per module. */
    private static String path(BitMatrix matrix) {
        StringBuilder d = new StringBuilder();
        QrMatrix.forEachRun(matrix, (x, y, run) -> d.append('M').append(x).append(' ').append(y)
                .append('h').append(run).append("v1h-").append(run).append('z'));
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
