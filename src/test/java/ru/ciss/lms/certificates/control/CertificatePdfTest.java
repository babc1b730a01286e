package ru.ciss.lms.certificates.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.testing.PdfPages;

/** The certificate read back as a reader sees it: PDFBox for the page and its text, ZXing for the QR code. */
class CertificatePdfTest {

    private static final String URL = "https://school.example.org/verify/%D0%A0%D0%A6-2026-0001";
    private static final String LONG_TITLE = "Проектирование, запуск и развитие ресурсного центра поддержки"
            + " социально ориентированных некоммерческих организаций, социальных предпринимателей и гражданских"
            + " инициатив в сельских муниципальных районах Омской области: партнёрство с органами местного"
            + " самоуправления, привлечение грантов и оценка социального эффекта";

    private static CertificateLayout layout;

    @BeforeAll
    static void readTheSchoolsTemplate() {
        layout = CertificateLayout.read(CertificateLayoutTest.SHIPPED);
    }

    private static CertificateFacts facts(String number, String holder, String programme) {
        return new CertificateFacts(number, holder, programme, 72, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 24),
                LocalDate.of(2026, 4, 30), "АНО «Центр инноваций социальной сферы» — Школа лидеров ресурсных центров",
                "Иванов Пётр Сергеевич", "Директор АНО «ЦИСС»", URL);
    }

    private static CertificateFacts fyodorova() {
        return facts("РЦ-2026-0001", "Фёдорова Людмила Ивановна", "Школа лидеров ресурсных центров");
    }

    @Test
    void oneLandscapeA4PageWithTheFactsAsText() throws IOException {
        byte[] pdf = CertificatePdf.render(layout, fyodorova());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            PDRectangle box = page.getMediaBox();
            assertEquals(842, box.getWidth(), 1);
            assertEquals(595, box.getHeight(), 1);
            assertEquals(0, page.getRotation());

            String text = new PDFTextStripper().getText(document);
            for (String fact : List.of("Фёдорова Людмила Ивановна", "РЦ-2026-0001", "Школа лидеров ресурсных центров",
                    "72", "02.02.2026", "24.04.2026", "30.04.2026", "СЕРТИФИКАТ", "Иванов Пётр Сергеевич")) {
                assertTrue(text.contains(fact), fact + " in:\n" + text);
            }

            assertEquals("Сертификат РЦ-2026-0001", document.getDocumentInformation().getTitle());
            assertEquals(fyodorova().schoolName(), document.getDocumentInformation().getAuthor());
            assertTrue(document.getDocumentInformation().getSubject().contains("Фёдорова Людмила Ивановна"));
        }
    }

    @Test
    void theFontsAreEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(layout, fyodorova()))) {
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
    void theQrCodeLeadsToTheVerificationPage() throws Exception {
        byte[] pdf = CertificatePdf.render(layout, fyodorova());

        assertEquals(URL, PdfPages.qrCode(pdf));
    }

    @Test
    void aLongTitleAndNameWrapAboveTheNextLineOfTheForm() throws IOException {
        String holder = "Константинопольская-Преображенская Анастасия-Валентина Александровна";
        byte[] pdf = CertificatePdf.render(layout, facts("РЦ-2026-0002", holder, LONG_TITLE));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Line> lines = lines(document);
            String text = String.join(" ", lines.stream().map(Line::text).toList());
            assertTrue(text.contains(holder), text);
            assertTrue(text.contains("«" + LONG_TITLE + "»"), text);

            // Each wrapped text ends above the first line of the form below it.
            float introTop = top(lines, "прошёл(а) обучение");
            float hoursTop = top(lines, "в объёме 72");
            assertTrue(bottom(lines, "Александровна") < introTop, lines.toString());
            assertTrue(bottom(lines, "Александровна") > bottom(lines, "Константинопольская"), "the name wraps");
            assertTrue(bottom(lines, "оценка социального эффекта»") < hoursTop, lines.toString());
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void longOrganisationLinesStillFitTheForm() throws IOException {
        CertificateFacts.Issuer wordy = new CertificateFacts.Issuer("ИНН 5503000000, КПП 550301001, ОГРН 1025500000000,"
                + " 644099, Омская область, г. Омск, ул. Красный Путь, д. 5, офис 512; тел. +7 (3812) 00-00-00;"
                + " e-mail: info@ciss-omsk.example.org; сайт: ciss-omsk.example.org", "Омск",
                "Константинопольская-Преображенская А. В.", "Руководитель программы «Школа лидеров ресурсных центров»,"
                + " заместитель директора по образовательным проектам и развитию сельских территорий",
                "Проект «Эстафета социальных инноваций» реализуется с использованием гранта Президента Российской"
                + " Федерации на развитие гражданского общества, предоставленного Фондом президентских грантов,"
                + " при поддержке Министерства региональной политики и массовых коммуникаций Омской области");
        CertificateFacts f = facts("РЦ-2026-0004", "Фёдорова Людмила Ивановна", LONG_TITLE);
        CertificateFacts facts = new CertificateFacts(f.number(), f.holderName(), f.programmeTitle(),
                f.academicHours(), f.cohortStartsOn(), f.cohortEndsOn(), f.issuedOn(),
                "Автономная некоммерческая организация «Омский центр инноваций социальной сферы»",
                f.signatoryName(), "Директор автономной некоммерческой организации «Омский центр инноваций социальной"
                + " сферы»", f.verifyUrl(), null, wordy, FinalAssessment.passed(84.0));

        try (PDDocument document = Loader.loadPDF(CertificatePdf.render(layout, facts))) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String fact : List.of("Фондом президентских грантов", "Омск, 2026", "М. П.", "ОГРН 1025500000000",
                    "сельских территорий", "зачтено (итоговая презентация — 84 %)")) {
                assertTrue(text.contains(fact), fact + " in:\n" + text);
            }
            List<Line> lines = lines(document);
            assertTrue(bottom(lines, "Омской области") < top(lines, "Директор автономной"),
                    "the grant line ends above the signatures: " + lines);
        }
    }

    @Test
    void theLongestNameThePersonFormAcceptsPrintsWhole() throws Exception {
        String surname = "Константинопольская-Нововоскресенская-" + "Ё".repeat(61);
        String name = surname + " " + "Александра".repeat(10) + " " + "Константиновна".repeat(7);
        byte[] pdf = CertificatePdf.render(layout, facts("РЦ-2026-0009", name, "Школа лидеров ресурсных центров"));

        String printed = PdfPages.text(pdf).replaceAll("\\s+", "");
        assertTrue(printed.contains(name.replace(" ", "")), printed);
    }

    @Test
    void aTitleFarTooLongForTheFormIsRefusedNotCutOff() {
        CertificateFacts facts = facts("РЦ-2026-0003", "Фёдорова Людмила Ивановна", LONG_TITLE.repeat(6));

        CertificatePdf.DoesNotFit e = assertThrows(CertificatePdf.DoesNotFit.class,
                () -> CertificatePdf.render(layout, facts));
        assertTrue(e.getMessage().contains("does not fit"), e.getMessage());
        assertFalse(e.isHolderName(), "the title is everyone's: it stops a bulk issue, not one trainee's");
    }

    @Test
    void aNameTooLongForItsPlaceIsThatHoldersRefusal() throws Exception {
        // A form that leaves the name one short line: a short name fits, a long one does not even at 6 pt.
        String shipped = java.nio.file.Files.readString(CertificateLayoutTest.SHIPPED);
        String narrow = BulkIssueForms.nameOnOneShortLine(shipped);
        CertificateLayout tight = CertificateLayout.parse(narrow);
        CertificatePdf.render(tight, facts("РЦ-2026-0010", "Ли Ан", "Школа лидеров ресурсных центров"));
        CertificatePdf.DoesNotFit e = assertThrows(CertificatePdf.DoesNotFit.class, () -> CertificatePdf.render(tight,
                facts("РЦ-2026-0011", "Константинопольская".repeat(5) + " Александра Константиновна",
                        "Школа лидеров ресурсных центров")));
        assertTrue(e.isHolderName(), e.getMessage());
    }

    @Test
    void differentFactsMakeDifferentCertificates() throws Exception {
        byte[] first = CertificatePdf.render(layout, fyodorova());
        byte[] second = CertificatePdf.render(layout, facts("РЦ-2026-0002", "Ёлкин Семён Игоревич",
                "Школа социальных инноваций"));

        assertFalse(Arrays.equals(first, second));
        String firstText = text(first);
        String secondText = text(second);
        assertTrue(firstText.contains("Фёдорова") && !firstText.contains("Ёлкин"), firstText);
        assertTrue(secondText.contains("Ёлкин Семён Игоревич") && secondText.contains("РЦ-2026-0002")
                && !secondText.contains("Фёдорова") && !secondText.contains("РЦ-2026-0001"), secondText);
    }

    @Test
    void smallEnoughToMailAndArchive() {
        byte[] pdf = CertificatePdf.render(layout, facts("РЦ-2026-0004", "Фёдорова Людмила Ивановна", LONG_TITLE));

        assertTrue(pdf.length <= 80 * 1024, pdf.length + " bytes");
    }

    @Test
    void concurrentRenderingsDoNotMixUp() throws Exception {
        List<String> holders = List.of("Фёдорова Людмила Ивановна", "Ёлкин Семён Игоревич", "Щукина Юлия Эдуардовна",
                "Жданов Фёдор", "Цой Анна Викторовна", "Гусейнов Эльдар Рафикович");
        List<Future<byte[]>> renderings = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(holders.size())) {
            for (int i = 0; i < holders.size(); i++) {
                CertificateFacts facts = facts("РЦ-2026-01" + i, holders.get(i), "Школа лидеров ресурсных центров");
                renderings.add(pool.submit(() -> CertificatePdf.render(layout, facts)));
            }
        }
        for (int i = 0; i < holders.size(); i++) {
            String text = text(renderings.get(i).get());
            assertTrue(text.contains(holders.get(i)) && text.contains("РЦ-2026-01" + i), text);
        }
    }

    @Test
    void theSameFactsDrawTheSamePage() throws Exception {
        // Only the creation time and file id may differ between two renderings: the pages must not.
        assertArrayEquals(pixels(CertificatePdf.render(layout, fyodorova())),
                pixels(CertificatePdf.render(layout, fyodorova())));
    }

    private static int[] pixels(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 36, ImageType.RGB);
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A line of text with its glyphs' top and bottom, in points from the top of the page. */
    private record Line(String text, float top, float bottom) {
    }

    private static List<Line> lines(PDDocument document) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                float top = Float.MAX_VALUE;
                float bottom = 0;
                for (TextPosition p : positions) {
                    top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                    bottom = Math.max(bottom, p.getYDirAdj());
                }
                lines.add(new Line(text, top, bottom));
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        return lines;
    }

    private static float top(List<Line> lines, String start) {
        return find(lines, start).top();
    }

    /** The baseline of the line that holds the text. */
    private static float bottom(List<Line> lines, String end) {
        return find(lines, end).bottom();
    }

    private static Line find(List<Line> lines, String part) {
        return lines.stream().filter(l -> l.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + part + " in " + lines));
    }
}
