package ru.ciss.lms.outcomes.control;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.ciss.lms.outcomes.control.GrantReport.DistrictLine;
import ru.ciss.lms.outcomes.control.GrantReport.Indicator;
import ru.ciss.lms.outcomes.control.GrantReport.KindLine;
import ru.ciss.lms.outcomes.control.GrantReport.Labels;
import ru.ciss.lms.platform.export.PdfFonts;
import ru.ciss.lms.platform.export.PdfPageNumbers;

/**
 * The grant-fund report to print, sign and send: A4 portrait, DejaVu Sans embedded for the Cyrillic, the three
 * tables one after another. Each table's heading and column headings are repeated at the top of every page it runs
 * onto, so that a loose sheet of a long district list can still be read; every page is numbered.
 *
 * <p>Figures are written as Russians write them ({@link RussianFigures}): "7 746 500 ₽", with no-break spaces that
 * keep a figure on one line. Texts are written as they are: a PDF has no formulas to inject.
 */
public final class GrantReportPdf {

    private static final float MARGIN = 40f; // about 1.4 cm
    private static final float FOOTER_Y = 22f;

    /** The width of the page between the margins, which every table fills. */
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;

    private static final float CELL_SIZE = 8f;
    private static final float SMALLEST_HEADER_SIZE = 6f;
    private static final float HEADER_STEP = 0.5f;
    private static final float PADDING = 3f;
    /** Added to each measured column for its borders and rounding. */
    private static final float SPARE = 2f;
    /** The first (text) column keeps at least this share of the width, however wide the figures are. */
    private static final float MIN_TEXT_SHARE = 0.25f;

    private GrantReportPdf() {
    }

    public static byte[] write(GrantReport report) {
        Objects.requireNonNull(report, "report");
        Labels labels = report.labels();
        Fonts fonts = new Fonts(PdfFonts.regular(), PdfFonts.bold());

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 10);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageNumbers(nz(labels.page()), new Font(fonts.regular, 8), FOOTER_Y));
        document.addTitle(nz(report.title()));
        document.addSubject(nz(report.programme()) + ", " + RussianFigures.period(report.from(), report.to()));
        document.open();

        document.add(new Paragraph(nz(report.title()), new Font(fonts.bold, 14)));
        Font text = new Font(fonts.regular, 10);
        document.add(new Paragraph(caption(labels.programmeLabel(), report.programme()), text));
        document.add(new Paragraph(caption(labels.period(), RussianFigures.period(report.from(), report.to())), text));
        Paragraph generated = new Paragraph(caption(labels.generated(), RussianFigures.date(report.generatedOn())),
                text);
        generated.setSpacingAfter(10f);
        document.add(generated);

        document.add(indicators(report, fonts));
        Paragraph note = new Paragraph(nz(labels.confirmedNote()), new Font(fonts.regular, 9));
        note.setSpacingBefore(4f);
        note.setSpacingAfter(14f);
        document.add(note);

        PdfPTable districts = districts(report, fonts);
        districts.setSpacingAfter(14f);
        document.add(districts);
        document.add(kinds(report, fonts));

        document.close();
        return out.toByteArray();
    }

    private static PdfPTable indicators(GrantReport report, Fonts fonts) {
        Labels labels = report.labels();
        List<String[]> rows = new ArrayList<>();
        for (Indicator indicator : report.indicators()) {
            rows.add(new String[] {nz(indicator.name()),
                    RussianFigures.figure(indicator.confirmed(), indicator.money()),
                    RussianFigures.figure(indicator.reportedOnly(), indicator.money()),
                    RussianFigures.figure(indicator.total(), indicator.money())});
        }
        return table(labels.indicatorsHeading(),
                new String[] {labels.indicator(), labels.confirmed(), labels.reportedOnly(), labels.total()},
                rows, null, fonts);
    }

    private static PdfPTable districts(GrantReport report, Fonts fonts) {
        Labels labels = report.labels();
        List<String[]> rows = new ArrayList<>();
        for (DistrictLine line : report.byDistrict()) {
            rows.add(cells(line));
        }
        return table(labels.districtsHeading(),
                new String[] {labels.district(), labels.trained(), labels.graduates(), labels.certificates(),
                        labels.resourceCentres(), labels.organisations(), labels.services(), labels.roubles()},
                rows, cells(report.districtTotal()), fonts);
    }

    private static String[] cells(DistrictLine line) {
        return new String[] {nz(line.district()), RussianFigures.count(line.trained()),
                RussianFigures.count(line.graduates()), RussianFigures.count(line.certificates()),
                RussianFigures.count(line.resourceCentres()), RussianFigures.count(line.organisations()),
                RussianFigures.count(line.services()), RussianFigures.roubles(line.roubles())};
    }

    private static PdfPTable kinds(GrantReport report, Fonts fonts) {
        Labels labels = report.labels();
        List<String[]> rows = new ArrayList<>();
        for (KindLine line : report.byOrganisationKind()) {
            rows.add(new String[] {nz(line.organisationKind()), RussianFigures.count(line.trained()),
                    RussianFigures.count(line.certified())});
        }
        return table(labels.kindsHeading(), new String[] {labels.organisationKind(), labels.trained(),
                labels.certified()}, rows, null, fonts);
    }

    /**
     * A table whose first column is text and the others figures. The heading and the column headings are its two
     * header rows, repeated on every page it runs onto.
     *
     * @param total a last row in bold, or null
     */
    private static PdfPTable table(String heading, String[] headings, List<String[]> rows, String[] total,
            Fonts fonts) {
        Columns columns = columns(headings, rows, total, fonts);
        Font headerFont = new Font(fonts.bold, columns.headerSize());
        Font cellFont = new Font(fonts.regular, CELL_SIZE);
        Font totalFont = new Font(fonts.bold, CELL_SIZE);

        PdfPTable table = new PdfPTable(columns.widths());
        table.setTotalWidth(WIDTH);
        table.setLockedWidth(true);
        table.setHeaderRows(2);

        PdfPCell headingCell = new PdfPCell(new Phrase(nz(heading), new Font(fonts.bold, 11)));
        headingCell.setColspan(headings.length);
        headingCell.setBorder(Rectangle.NO_BORDER);
        headingCell.setPaddingBottom(6f);
        table.addCell(headingCell);
        for (String h : headings) {
            PdfPCell cell = cell(h, headerFont, Element.ALIGN_CENTER);
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (String[] row : rows) {
            addRow(table, row, cellFont);
        }
        if (total != null) {
            addRow(table, total, totalFont);
        }
        return table;
    }

    private static void addRow(PdfPTable table, String[] row, Font font) {
        table.addCell(cell(row[0], font, Element.ALIGN_LEFT));
        for (int c = 1; c < row.length; c++) {
            table.addCell(cell(row[c], font, Element.ALIGN_RIGHT));
        }
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(nz(text), font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(PADDING);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /** Column widths in points, and the size of the column headings that lets them fit. */
    private record Columns(float[] widths, float headerSize) {
    }

    /**
     * Measured rather than guessed, whatever the language of the labels: each figure column is as wide as its widest
     * figure or the longest word of its heading, so that no heading breaks inside a word ("Выпускнико-в"); the text
     * column takes what is left. When the figure columns would leave it too little, the headings are set smaller
     * step by step; only below the smallest size are all figure columns narrowed alike.
     */
    private static Columns columns(String[] headings, List<String[]> rows, String[] total, Fonts fonts) {
        float room = WIDTH * (1 - MIN_TEXT_SHARE);
        float size = CELL_SIZE;
        float[] widths = figureWidths(headings, rows, total, fonts, size);
        while (sum(widths) > room && size - HEADER_STEP >= SMALLEST_HEADER_SIZE) {
            size -= HEADER_STEP;
            widths = figureWidths(headings, rows, total, fonts, size);
        }
        float figures = sum(widths);
        if (figures > room) {
            for (int c = 1; c < widths.length; c++) {
                widths[c] *= room / figures;
            }
            figures = room;
        }
        widths[0] = WIDTH - figures;
        return new Columns(widths, size);
    }

    /** The figure columns' widths with headings of the given size; column 0, the text, is left at 0. */
    private static float[] figureWidths(String[] headings, List<String[]> rows, String[] total, Fonts fonts,
            float headerSize) {
        float[] widths = new float[headings.length];
        for (int c = 1; c < headings.length; c++) {
            float widest = 0;
            for (String word : nz(headings[c]).split("\\s+")) {
                widest = Math.max(widest, fonts.bold.getWidthPoint(word, headerSize));
            }
            for (String[] row : rows) {
                widest = Math.max(widest, fonts.regular.getWidthPoint(row[c], CELL_SIZE));
            }
            if (total != null) {
                widest = Math.max(widest, fonts.bold.getWidthPoint(total[c], CELL_SIZE));
            }
            widths[c] = widest + 2 * PADDING + SPARE;
        }
        return widths;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }

    /** "Период: 01.01.2026 – 31.12.2026" */
    private static String caption(String label, String value) {
        return nz(label).isBlank() ? nz(value) : label + ": " + nz(value);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /** This document's fonts: each export has its own, so that no subsetting state is shared between threads. */
    private record Fonts(BaseFont regular, BaseFont bold) {
    }
}
