package ru.ciss.lms.certificates.control;

import com.google.zxing.common.BitMatrix;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Objects;
import ru.ciss.lms.certificates.control.CertificateLayout.Block;
import ru.ciss.lms.certificates.control.CertificateLayout.Border;
import ru.ciss.lms.certificates.control.CertificateLayout.Qr;
import ru.ciss.lms.platform.export.PdfFonts;
import ru.ciss.lms.platform.export.QrMatrix;

/**
 * One certificate as a one-page PDF, drawn from a {@link CertificateLayout}. DejaVu Sans is embedded as a subset with
 * Identity-H, so the Cyrillic name prints anywhere and can be copied or searched as text. The QR code is drawn as
 * vector rectangles: sharp at any printer resolution and a few hundred bytes. Every rendering makes its own fonts
 * and writer, so concurrent renderings share nothing mutable.
 */
public final class CertificatePdf {

    /**
     * Landscape by its MediaBox, not by {@code PageSize.A4.rotate()}: OpenPDF writes that as a portrait box turned
     * by /Rotate 90, so whatever reads the PDF back (text extraction, archiving checks) would meet coordinates turned
     * against the page as seen.
     */
    private static final Rectangle PAGE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float PT_PER_MM = 72f / 25.4f;

    /**
     * A text longer than its room in the form (a long programme title, a triple-barrelled name) is set smaller,
     * step by step, rather than printed over the next line; below this share of its size it is refused instead.
     */
    private static final float SMALLEST_SHARE = 0.6f;
    private static final float SHRINK_STEP = 0.92f;
    /** The smallest size the layout format allows at all. */
    private static final float SMALLEST_SIZE = 6f;

    private CertificatePdf() {
    }

    /**
     * A text of the form does not fit its place even at the smallest size. When it is the holder's name, it is that
     * trainee's refusal only: the others of a bulk issue get theirs.
     */
    public static final class DoesNotFit extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final boolean holderName;

        DoesNotFit(String message, boolean holderName) {
            super(message);
            this.holderName = holderName;
        }

        public boolean isHolderName() {
            return holderName;
        }
    }

    /**
     * @throws IllegalArgumentException when a text does not fit its room even when set smaller, or the verification
     *                                  URL is too long for a QR code
     */
    public static byte[] render(CertificateLayout layout, CertificateFacts facts) {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(facts, "facts");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PAGE, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Сертификат " + facts.number());
        document.addAuthor(facts.schoolName());
        document.addSubject(facts.holderName() + ": «" + facts.programmeTitle() + "», " + facts.academicHours()
                + " ак. ч.");
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        layout.border().ifPresent(border -> border(canvas, border));
        Fonts fonts = new Fonts();
        for (Block block : layout.blocks()) {
            text(canvas, block, CertificateLayout.fill(block.text(), facts), layout.bottomOf(block), fonts);
        }
        qr(canvas, layout.qr(), facts.verifyUrl());
        document.close();
        return out.toByteArray();
    }

    private static void border(PdfContentByte canvas, Border border) {
        float inset = pt(border.inset());
        canvas.saveState();
        canvas.setLineWidth(border.lineWidth());
        canvas.setColorStroke(border.color());
        canvas.rectangle(inset, inset, PAGE.getWidth() - 2 * inset, PAGE.getHeight() - 2 * inset);
        canvas.stroke();
        canvas.restoreState();
    }

    private static void text(PdfContentByte canvas, Block block, String text, float bottom, Fonts fonts) {
        BaseFont font = block.bold() ? fonts.bold() : fonts.regular();
        float size = block.size();
        // The holder's name may go down to the smallest size: a certificate is refused for no name the person form
        // accepts (three parts of up to 100 letters each fit at 6 pt), and a name is never cut off.
        float smallest = block.text().contains("{holder}") ? SMALLEST_SIZE
                : Math.max(SMALLEST_SIZE, block.size() * SMALLEST_SHARE);
        // Laid out without drawing first: ColumnText cannot take back what it has drawn.
        while (!allOf(column(canvas, block, text, font, size, bottom), true)) {
            size *= SHRINK_STEP;
            if (size < smallest) {
                // The block's template, not its filled text: it says which line of the form, without a name in logs.
                throw new DoesNotFit(String.format(Locale.ROOT,
                        "The block \"%s\", filled in to %d characters, does not fit its place on the certificate"
                                + " (%.0f mm wide, %.0f mm high) even at %.1f pt",
                        block.text(), text.length(), block.width(), bottom - block.y(), smallest),
                        block.text().contains("{holder}"));
            }
        }
        allOf(column(canvas, block, text, font, size, bottom), false);
    }

    private static ColumnText column(PdfContentByte canvas, Block block, String text, BaseFont font, float size,
            float bottom) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(new Phrase(text, new Font(font, size, Font.NORMAL, block.color())),
                pt(block.x()), top(bottom), pt(block.x() + block.width()), top(block.y()), 0, alignment(block));
        column.setLeading(0, CertificateLayout.LINE_HEIGHT);
        // The block's y is where its letters start, not where an invisible leading above them would start.
        column.setUseAscender(true);
        return column;
    }

    /** Sets the column's text, or only measures it when simulating; true when all of it fitted. */
    private static boolean allOf(ColumnText column, boolean simulate) {
        return !ColumnText.hasMoreText(column.go(simulate));
    }

    private static int alignment(Block block) {
        return switch (block.align()) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        };
    }

    private static void qr(PdfContentByte canvas, Qr place, String url) {
        BitMatrix matrix = QrMatrix.of(url);
        float size = pt(place.size());
        float module = size / matrix.getWidth();
        float left = pt(place.x());
        float top = top(place.y());
        canvas.saveState();
        // Scanners need dark on light, whatever the template puts around the code.
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(left, top - size, size, size);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        // One rectangle per horizontal run of dark modules, all filled at once.
        QrMatrix.forEachRun(matrix, (x, y, length) ->
                canvas.rectangle(left + x * module, top - (y + 1) * module, length * module, module));
        canvas.fill();
        canvas.restoreState();
    }

    private static float pt(float mm) {
        return mm * PT_PER_MM;
    }

    /** The layout measures down from the top; PDF measures up from the bottom. */
    private static float top(float mmFromTop) {
        return PAGE.getHeight() - pt(mmFromTop);
    }

    /**
     * This rendering's fonts, made on first use: parsing a font costs milliseconds, and a layout with no bold text
     * need not pay for the bold one. Never shared between renderings (see {@link PdfFonts}).
     */
    private static final class Fonts {
        private BaseFont regular;
        private BaseFont bold;

        BaseFont regular() {
            if (regular == null) {
                regular = PdfFonts.regular();
            }
            return regular;
        }

        BaseFont bold() {
            if (bold == null) {
                bold = PdfFonts.bold();
            }
            return bold;
        }
    }
}
