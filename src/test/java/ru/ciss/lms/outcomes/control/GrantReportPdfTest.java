package ru.ciss.lms.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report read back with PDFBox, a reader independent of the library that wrote it. */
class GrantReportPdfTest {

    @Test
    void anA4PortraitReportWithItsTitleBlockAndNote() throws IOException {
        byte[] pdf = GrantReportPdf.write(GrantReportFixtures.report());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDRectangle box = page.getMediaBox();
            assertEquals(595, box.getWidth(), 1);
            assertEquals(842, box.getHeight(), 1);
            assertEquals(0, page.getRotation());
            assertEquals(GrantReportFixtures.TITLE, document.getDocumentInformation().getTitle());

            String text = flat(text(document));
            for (String fact : List.of("Отчёт для Фонда президентских грантов",
                    "Программа: Школа лидеров ресурсных центров Омской области",
                    "Период: 01.01.2026 – 31.12.2026", "Сформирован: 15.01.2027",
                    "Показатели результативности", "По районам Омской области", "По типам организаций",
                    GrantReportFixtures.YO_DISTRICT,
                    "Инициативная группа, ещё не зарегистрированная", flat(GrantReportFixtures.NOTE), "Стр. 1")) {
                assertTrue(text.contains(fact), fact + " in:\n" + text);
            }
        }
    }

    @Test
    void textsAreWrittenAsTheyAre() throws IOException {
        String text = flat(text(GrantReportPdf.write(GrantReportFixtures.report())));

        // A PDF has no formulas: the district keeps its own name, without the spreadsheet's protective quote.
        assertTrue(text.contains(" =HYPERLINK(\"http://evil."), text);
        assertFalse(text.contains("'="), text);
    }

    @Test
    void columnHeadingsAreNotBrokenInsideWords() throws IOException {
        String text = flat(text(GrantReportPdf.write(GrantReportFixtures.report())));

        Set<String> words = new HashSet<>(List.of(text.split(" ")));
        for (String heading : List.of("Обучено", "Выпускников", "Сертификатов", "Ресурсных", "центров",
                "Организаций", "Услуг", "Привлечено,", "руб.", "Подтверждено", "Только", "заявлено", "Получили",
                "сертификат")) {
            assertTrue(words.contains(heading), heading + " in:\n" + text);
        }
    }

    @Test
    void confirmedReportedOnlyAndTotalStandApartInTheirColumns() throws IOException {
        String text = flat(text(GrantReportPdf.write(GrantReportFixtures.report())));

        // Each indicator's line: name, confirmed, only reported, total, in the columns' order.
        for (String line : List.of("Привлечено средств партнёров 7 746 500 ₽ 1 250 000 ₽ 8 996 500 ₽",
                "Открыто ресурсных центров 7 2 9",
                "Подтверждено Только заявлено Итого")) {
            assertTrue(text.contains(line), line + " in:\n" + text);
        }
    }

    @Test
    void figuresAreGroupedWithNoBreakSpacesAndKopecksAfterAComma() throws IOException {
        String raw = text(GrantReportPdf.write(GrantReportFixtures.report()));

        assertTrue(raw.contains("7\u00A0746\u00A0500\u00A0₽"), "no-break spaces keep a figure on one line:\n" + raw);
        String text = flat(raw);
        assertTrue(text.contains("Тарский район 24 22 20 1 15 97 1 400 000,50 ₽"), text);
        assertTrue(text.contains("41,5"), "a fraction is kept: " + text);
    }

    @Test
    void theDistrictsEndWithTheirTotals() throws IOException {
        String text = flat(text(GrantReportPdf.write(GrantReportFixtures.report())));

        assertTrue(text.contains("Итого 148 132 123 7 96 634 7 746 500,50 ₽"), text);
    }

    @Test
    void theFontsAreEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(GrantReportPdf.write(GrantReportFixtures.report()))) {
            PDResources resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                fonts.add(font.getName());
            }
            assertEquals(2, fonts.size(), "regular and bold: " + fonts);
            assertTrue(fonts.stream().allMatch(f -> f.contains("DejaVuSans")), fonts.toString());
        }
    }

    @Test
    void aLongDistrictListRunsOverPagesWithItsHeaderOnEach() throws IOException {
        byte[] pdf = GrantReportPdf.write(GrantReportFixtures.report(GrantReportFixtures.manyDistricts(120)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            int pagesWithDistricts = 0;
            for (int p = 1; p <= pages; p++) {
                String page = flat(text(document, p));
                assertTrue(page.contains("Стр. " + p), "page number on page " + p + ":\n" + page);
                if (page.contains("Район № ")) {
                    pagesWithDistricts++;
                    assertTrue(page.contains("По районам Омской области"), "heading on page " + p + ":\n" + page);
                    assertTrue(page.contains("Район Обучено Выпускников"), "header row on page " + p + ":\n" + page);
                }
            }
            assertTrue(pagesWithDistricts > 1, "districts on " + pagesWithDistricts + " page(s)");

            String all = flat(text(document));
            for (int i = 1; i <= 120; i++) {
                // The name and its "trained" figure (i): every district once, none lost at a page break.
                assertTrue(all.contains("Район № " + i + " " + i + " "), "district " + i);
            }
            assertTrue(all.contains("Итого 7 260 "), "trained 1 + … + 120 = 7 260:\n" + all);
        }
    }

    @Test
    void anEmptyReportIsStillAReport() throws IOException {
        GrantReport full = GrantReportFixtures.report();
        GrantReport empty = new GrantReport(full.title(), full.programme(), full.from(), full.to(),
                full.generatedOn(), List.of(), List.of(), List.of(), full.labels());

        try (PDDocument document = Loader.loadPDF(GrantReportPdf.write(empty))) {
            assertEquals(1, document.getNumberOfPages());
            String text = flat(text(document));
            assertTrue(text.contains(GrantReportFixtures.TITLE), text);
            assertTrue(text.contains("Итого 0 0 0 0 0 0 0 ₽"), text);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return text(document);
        }
    }

    private static String text(PDDocument document) throws IOException {
        return text(document, 0);
    }

    /** The text of one page (from 1), or of the whole document for 0, line by line as a reader sees it. */
    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        if (page > 0) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
        }
        return stripper.getText(document);
    }

    /** Every run of white space, no-break ones and line ends included, as one ordinary space. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }
}
