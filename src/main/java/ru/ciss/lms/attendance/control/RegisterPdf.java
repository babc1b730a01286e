package ru.ciss.lms.attendance.control;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import ru.ciss.lms.platform.export.PdfFonts;
import ru.ciss.lms.platform.export.PdfPageNumbers;

/**
 * The register to print and sign: A4 landscape (a term of days does not fit across a portrait page), DejaVu Sans
 * embedded for the Cyrillic, the header row repeated on every page so that a loose sheet can still be read, and a
 * wide empty column for each trainee's signature. Texts are written as they are: a PDF has no formulas to inject.
 */
final class RegisterPdf {

    private static final float MARGIN = 28f; // about 1 cm
    private static final float FOOTER_Y = 18f;

    /** Relative column widths: the days share what the fixed columns leave. */
    private static final float NUMBER_WIDTH = 3f;
    private static final float NAME_WIDTH = 22f;
    private static final float DISTRICT_WIDTH = 12f;
    private static final float DAY_WIDTH = 4f;
    private static final float PERCENT_WIDTH = 4f;
    private static final float SIGNATURE_WIDTH = 14f;

    /** Tall enough to sign in. */
    private static final float ROW_HEIGHT = 18f;

    private RegisterPdf() {
    }

    static void write(RegisterTable table, OutputStream out) throws IOException {
        BaseFont regular = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        Font titleFont = new Font(bold, 14);
        Font textFont = new Font(regular, 10);
        Font cellFont = new Font(regular, 8);
        Font headerFont = new Font(bold, 8);

        Document document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN + 8);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false); // the caller owns the stream; closing the document would close it too
        writer.setPageEvent(new PdfPageNumbers(table.labels().page(), new Font(regular, 8), FOOTER_Y));
        document.open();

        document.add(new Paragraph(table.title(), titleFont));
        Paragraph subtitle = new Paragraph(table.subtitle(), textFont);
        subtitle.setSpacingAfter(8f);
        document.add(subtitle);
        document.add(grid(table, cellFont, headerFont, new Font(bold, 8)));

        Paragraph legend = new Paragraph();
        legend.setSpacingBefore(8f);
        for (String line : table.legend()) {
            legend.add(new Paragraph(line, cellFont));
        }
        document.add(legend);

        document.close();
        out.flush();
    }

    private static PdfPTable grid(RegisterTable table, Font cellFont, Font headerFont, Font atRiskFont) {
        RegisterTable.Labels labels = table.labels();
        int days = table.dayHeaders().size();
        float[] widths = new float[days + 5];
        int c = 0;
        widths[c++] = NUMBER_WIDTH;
        widths[c++] = NAME_WIDTH;
        widths[c++] = DISTRICT_WIDTH;
        for (int d = 0; d < days; d++) {
            widths[c++] = DAY_WIDTH;
        }
        widths[c++] = PERCENT_WIDTH;
        widths[c] = SIGNATURE_WIDTH;

        PdfPTable grid = new PdfPTable(widths);
        grid.setWidthPercentage(100);
        grid.setHeaderRows(1); // repeated at the top of every page

        grid.addCell(cell(labels.number(), headerFont, Element.ALIGN_CENTER));
        grid.addCell(cell(labels.name(), headerFont, Element.ALIGN_LEFT));
        grid.addCell(cell(labels.district(), headerFont, Element.ALIGN_LEFT));
        for (String day : table.dayHeaders()) {
            grid.addCell(cell(day, headerFont, Element.ALIGN_CENTER));
        }
        grid.addCell(cell(labels.percent(), headerFont, Element.ALIGN_CENTER));
        grid.addCell(cell(labels.signature(), headerFont, Element.ALIGN_CENTER));

        int number = 1;
        for (RegisterTable.Row row : table.rows()) {
            grid.addCell(cell(Integer.toString(number++), cellFont, Element.ALIGN_CENTER));
            // Bold rather than red for those at risk: registers are usually printed in black and white.
            grid.addCell(cell(row.fullName(), row.atRisk() ? atRiskFont : cellFont, Element.ALIGN_LEFT));
            grid.addCell(cell(row.district(), cellFont, Element.ALIGN_LEFT));
            for (String mark : row.marks()) {
                grid.addCell(cell(mark, cellFont, Element.ALIGN_CENTER));
            }
            grid.addCell(cell(Integer.toString(row.percent()), cellFont, Element.ALIGN_CENTER));
            grid.addCell(cell("", cellFont, Element.ALIGN_LEFT));
        }
        return grid;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setMinimumHeight(ROW_HEIGHT);
        return cell;
    }
}
