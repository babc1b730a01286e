package ru.ciss.lms.attendance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QrSvgTest {

    /** 60 characters, the length of a check-in URL with its scan token. */
    private static final String URL = "https://lms.ciss-omsk.ru/c/1.59109611.MXBID-Rshr0R_-zubw-Uew";
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    @Test
    void aCheckInUrlIsWellFormedSvgWithItsTitle() throws Exception {
        assertEquals(60, URL.length());
        Document doc = parse(QrSvg.svg(URL, "QR code for check-in"));
        Element svg = doc.getDocumentElement();

        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("svg", svg.getLocalName());
        assertEquals("img", svg.getAttribute("role"));
        Element title = (Element) svg.getElementsByTagNameNS("*", "title").item(0);
        assertEquals("QR code for check-in", title.getTextContent());
        assertEquals(title.getAttribute("id"), svg.getAttribute("aria-labelledby"));
        assertFalse(title.getAttribute("id").isEmpty());
        assertEquals(1, svg.getElementsByTagNameNS("*", "path").getLength());
        Element background = (Element) svg.getElementsByTagNameNS("*", "rect").item(0);
        assertEquals("#fff", background.getAttribute("fill"));
        assertEquals("#000", ((Element) svg.getElementsByTagNameNS("*", "path").item(0)).getAttribute("fill"));
    }

    @Test
    void theViewBoxIsTheCodeWithAFourModuleMargin() throws Exception {
        BitMatrix code = encode(URL);
        int modules = code.getWidth() - 2 * 4;
        Element svg = parse(QrSvg.svg(URL, "t")).getDocumentElement();

        assertEquals(0, (modules - 21) % 4, "a QR version is 21 + 4k modules wide: " + modules);
        assertEquals("0 0 " + (modules + 8) + " " + (modules + 8), svg.getAttribute("viewBox"));
        BitMatrix drawn = redraw(QrSvg.svg(URL, "t"), modules + 8);
        for (int i = 0; i < modules + 8; i++) {
            for (int m = 0; m < 4; m++) {
                assertFalse(drawn.get(i, m) || drawn.get(m, i) || drawn.get(i, modules + 7 - m)
                        || drawn.get(modules + 7 - m, i), "the quiet zone is empty");
            }
        }
        assertTrue(drawn.get(4, 4) && drawn.get(modules + 3, 4) && drawn.get(4, modules + 3),
                "the finder patterns start right after the margin");
    }

    @Test
    void thePathDrawsExactlyTheModulesOfTheCode() {
        BitMatrix code = encode(URL);

        assertEquals(code, redraw(QrSvg.svg(URL, "t"), code.getWidth()));
    }

    @Test
    void theDrawingDecodesBackToTheTextAtLevelM() throws Exception {
        String svg = QrSvg.svg(URL, "t");
        Result result = decode(redraw(svg, encode(URL).getWidth()));

        assertEquals(URL, result.getText());
        assertEquals("M", result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL));
    }

    @Test
    void cyrillicTextSurvivesTheRoundTrip() throws Exception {
        String text = "Отметка: день 5, Омск";
        BitMatrix drawn = redraw(QrSvg.svg(text, "t"), QrSvg.matrix(text).getWidth());

        assertEquals(text, decode(drawn).getText());
    }

    @Test
    void darkModulesInARowAreOneRun() {
        String svg = QrSvg.svg(URL, "t");
        Matcher m = RUN.matcher(svg);
        int lastRow = -1;
        int lastEnd = -1;
        int longRuns = 0;
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            int length = Integer.parseInt(m.group(3));
            assertEquals(m.group(3), m.group(4), "each run closes on itself");
            assertFalse(y == lastRow && x <= lastEnd, "a run that touches the previous one at " + x + "," + y);
            longRuns += length > 1 ? 1 : 0;
            lastRow = y;
            lastEnd = x + length;
        }
        assertTrue(longRuns > 0);
    }

    @Test
    void aCheckInUrlMakesASmallSvg() {
        int bytes = QrSvg.svg(URL, "QR code for check-in").getBytes(StandardCharsets.UTF_8).length;

        assertTrue(bytes < 12 * 1024, bytes + " bytes");
    }

    @Test
    void theTitleIsTextNeverMarkup() throws Exception {
        String title = "<script>alert(\"x\")</script> & 'quotes' </title><g>";
        String svg = QrSvg.svg(URL, title);
        Document doc = parse(svg);

        assertFalse(svg.contains("<script>"));
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "g").getLength());
        assertEquals(title, doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    }

    @Test
    void charactersXmlForbidsAreDroppedFromTheTitle() throws Exception {
        Document doc = parse(QrSvg.svg(URL, "a\u0000b\u0001c\uFFFEd\uD800e"));

        assertEquals("abcde", doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    }

    @Test
    void twoCodesInOnePageHaveDifferentTitleIds() throws Exception {
        String first = parse(QrSvg.svg(URL, "t")).getDocumentElement().getAttribute("aria-labelledby");
        String second = parse(QrSvg.svg(URL + "x", "t")).getDocumentElement().getAttribute("aria-labelledby");

        assertFalse(first.equals(second));
    }

    @Test
    void textThatCannotBeACodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrSvg.svg("", "t"));
        assertThrows(IllegalArgumentException.class, () -> QrSvg.svg("x".repeat(5000), "t"));
    }

    /** What the code should be, straight from ZXing with the settings the brief asks for. */
    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The modules the SVG's path paints, read back from its runs. */
    private static BitMatrix redraw(String svg, int size) {
        BitMatrix drawn = new BitMatrix(size, size);
        Matcher m = RUN.matcher(svg);
        while (m.find()) {
            drawn.setRegion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), 1);
        }
        return drawn;
    }

    /** Decodes the modules as a scanner would see them, four pixels to a module. */
    private static Result decode(BitMatrix modules) throws Exception {
        int scale = 4;
        int size = modules.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(image, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
