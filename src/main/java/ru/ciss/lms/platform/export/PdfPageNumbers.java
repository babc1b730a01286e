package ru.ciss.lms.platform.export;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** «Стр. N» centred in the bottom margin of each page of an export, at {@code footerY} points from the bottom. */
public final class PdfPageNumbers extends PdfPageEventHelper {

    private final String label;
    private final Font font;
    private final float footerY;

    public PdfPageNumbers(String label, Font font, float footerY) {
        this.label = label;
        this.font = font;
        this.footerY = footerY;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float centre = (document.left() + document.right()) / 2;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                new Phrase(label + " " + writer.getPageNumber(), font), centre, footerY, 0);
    }
}
