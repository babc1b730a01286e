package ru.ciss.lms.attendance.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.attendance.control.RegisterTable.Labels;
import ru.ciss.lms.attendance.control.RegisterTable.Row;

class RegisterExportTest {

    private static final String EVIL = "=HYPERLINK(\"http://evil\",\"x\")";
    private static final String FYODOROVA = "Фёдорова Алёна Петровна";
    private static final Labels LABELS = new Labels("№", "ФИО", "Район", "Тип организации", "%", "Под угрозой",
            "да", "Подпись", "стр.");
    private static final List<String> LEGEND = List.of("П — присутствовал", "О — опоздал", "Н — отсутствовал",
            "У — уважительная причина");
    private static final List<String> HEADERS = List.of("№", "ФИО", "Район", "Тип организации", "02.03", "03.03",
            "04.03", "%", "Под угрозой");

    /** Three days; Фёдорова is at risk, the malicious name is not. */
    private static RegisterTable table() {
        return new RegisterTable("Журнал посещаемости", "Группа ОМ-1, март 2026", List.of("02.03", "03.03", "04.03"),
                LABELS, List.of(
                        new Row(FYODOROVA, "Кировский", "Школа", List.of("П", "Н", "Н"), 33, true),
                        new Row(EVIL, "Ленинский", "Детский сад", List.of("П", "О", "П"), 100, false),
                        new Row("Ёлкин Семён Игоревич", "Советский", "Колледж", List.of("П", "У", ""), 50, false)),
                LEGEND);
    }

    private static RegisterTable large(int trainees, int days) {
        List<String> dayHeaders = new ArrayList<>();
        for (int d = 1; d <= days; d++) {
            dayHeaders.add(String.format("%02d.03", d));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= trainees; i++) {
            rows.add(new Row("Фёдорова Алёна " + i, "Октябрьский", "Школа", Collections.nCopies(days, "П"), 100,
                    false));
        }
        return new RegisterTable("Журнал посещаемости", "Большая группа", dayHeaders, LABELS, rows, LEGEND);
    }

    // ---- XLSX ----

    private static XSSFWorkbook xlsx(RegisterTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterExport.xlsx(table, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void xlsxHasTheTitleTheHeadersAndTheNamesIntact() throws IOException {
        try (XSSFWorkbook workbook = xlsx(table())) {
            assertEquals(1, workbook.getNumberOfSheets());
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Журнал посещаемости", sheet.getSheetName());
            XSSFCell title = sheet.getRow(0).getCell(0);
            assertEquals("Журнал посещаемости", title.getStringCellValue());
            assertTrue(title.getCellStyle().getFont().getBold());
            assertEquals("Группа ОМ-1, март 2026", sheet.getRow(1).getCell(0).getStringCellValue());

            XSSFRow header = sheet.getRow(RegisterXlsx.HEADER_ROW);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(HEADERS, headers);

            XSSFRow first = sheet.getRow(RegisterXlsx.HEADER_ROW + 1);
            assertEquals(1, first.getCell(0).getNumericCellValue());
            assertEquals(FYODOROVA, first.getCell(1).getStringCellValue());
            assertEquals("Кировский", first.getCell(2).getStringCellValue());
            assertEquals("Школа", first.getCell(3).getStringCellValue());
            assertEquals("Н", first.getCell(5).getStringCellValue());
            assertEquals("да", first.getCell(8).getStringCellValue());
            assertEquals("", sheet.getRow(RegisterXlsx.HEADER_ROW + 2).getCell(8).getStringCellValue());
            assertEquals("Ёлкин Семён Игоревич", sheet.getRow(RegisterXlsx.HEADER_ROW + 3).getCell(1)
                    .getStringCellValue());
        }
    }

    /** The download heads each day with its whole date: the column shows «03.12.2026» without cutting it. */
    @Test
    void xlsxDayColumnsHoldAWholeDate() throws IOException {
        try (XSSFWorkbook workbook = xlsx(table())) {
            int firstDay = 4;
            assertTrue(workbook.getSheetAt(0).getColumnWidth(firstDay) / 256 >= "03.12.2026".length() + 1,
                    () -> "day column width " + workbook.getSheetAt(0).getColumnWidth(firstDay) / 256);
        }
    }

    @Test
    void xlsxNeutralisesAFormulaInAName() throws IOException {
        try (XSSFWorkbook workbook = xlsx(table())) {
            XSSFCell evil = workbook.getSheetAt(0).getRow(RegisterXlsx.HEADER_ROW + 2).getCell(1);
            assertEquals(CellType.STRING, evil.getCellType());
            assertEquals("'" + EVIL, evil.getStringCellValue());
        }
    }

    @Test
    void xlsxPercentIsANumberCell() throws IOException {
        try (XSSFWorkbook workbook = xlsx(table())) {
            XSSFCell percent = workbook.getSheetAt(0).getRow(RegisterXlsx.HEADER_ROW + 1).getCell(7);
            assertEquals(CellType.NUMERIC, percent.getCellType());
            assertEquals(33.0, percent.getNumericCellValue());
        }
    }

    @Test
    void xlsxShowsTraineesAtRiskInBoldRedAndOthersPlain() throws IOException {
        try (XSSFWorkbook workbook = xlsx(table())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            var atRisk = sheet.getRow(RegisterXlsx.HEADER_ROW + 1).getCell(1).getCellStyle().getFont();
            assertTrue(atRisk.getBold());
            assertArrayEquals(new byte[] {(byte) 0xFF, 0, 0}, atRisk.getXSSFColor().getRGB(), "red");
            var fine = sheet.getRow(RegisterXlsx.HEADER_ROW + 2).getCell(1).getCellStyle().getFont();
            assertFalse(fine.getBold());
        }
    }

    @Test
    void xlsxFreezesBelowTheHeaderFiltersItAndEndsWithTheLegend() throws IOException {
        try (XSSFWorkbook workbook = xlsx(table())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane);
            assertTrue(pane.isFreezePane());
            assertEquals(RegisterXlsx.HEADER_ROW + 1, pane.getHorizontalSplitTopRow());
            assertEquals("A3:I6", sheet.getCTWorksheet().getAutoFilter().getRef());
            int firstLegendRow = RegisterXlsx.HEADER_ROW + 3 + 2;
            for (int i = 0; i < LEGEND.size(); i++) {
                assertEquals(LEGEND.get(i), sheet.getRow(firstLegendRow + i).getCell(0).getStringCellValue());
            }
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(4), "names are wider than day columns");
        }
    }

    @Test
    void xlsxSheetNameFollowsExcelsRules() throws IOException {
        RegisterTable t = table();
        RegisterTable longTitle = new RegisterTable("Журнал: группа [ОМ-1/2] — март? * 2026, Кировский район",
                t.subtitle(), t.dayHeaders(), t.labels(), t.rows(), t.legend());
        try (XSSFWorkbook workbook = xlsx(longTitle)) {
            String name = workbook.getSheetName(0);
            assertTrue(name.length() <= 31, name);
            assertTrue(name.startsWith("Журнал_ группа _ОМ-1_2_"), name);
            // The full title is still in the first row.
            assertEquals(longTitle.title(), workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        assertEquals("Лист1", RegisterXlsx.sheetName("  "));
    }

    @Test
    void xlsxWithNoDaysAndNoTraineesStillOpens() throws IOException {
        try (XSSFWorkbook workbook = xlsx(large(0, 0))) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(RegisterXlsx.HEADER_ROW).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of("№", "ФИО", "Район", "Тип организации", "%", "Под угрозой"), headers);
        }
    }

    // ---- CSV ----

    private static byte[] csv(RegisterTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterExport.csv(table, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void csvStartsWithTheUtf8ByteOrderMark() throws IOException {
        byte[] bytes = csv(table());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        // Only one BOM: the header's first cell must start right after it.
        assertEquals("№", parse(bytes).get(0).get(0));
    }

    @Test
    void csvHasTheHeaderThenOneRowPerTraineeSeparatedBySemicolons() throws IOException {
        List<CSVRecord> records = parse(csv(table()));
        assertEquals(4, records.size(), "no title rows: the header and three trainees");
        assertEquals(HEADERS, records.get(0).toList());
        assertEquals(List.of("1", FYODOROVA, "Кировский", "Школа", "П", "Н", "Н", "33", "да"),
                records.get(1).toList());
        assertEquals("Ёлкин Семён Игоревич", records.get(3).get(1));
        assertEquals("", records.get(3).get(6), "a day without a mark is an empty cell");
    }

    @Test
    void csvNeutralisesAFormulaInAName() throws IOException {
        List<CSVRecord> records = parse(csv(table()));
        assertEquals("'" + EVIL, records.get(2).get(1));
    }

    @Test
    void csvLinesEndWithCrLf() throws IOException {
        String text = new String(csv(table()), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertEquals(4, text.split("\r\n", -1).length - 1, "four CRLF-terminated lines");
        assertFalse(text.replace("\r\n", "").contains("\n"), "no bare LF");
    }

    // ---- PDF ----

    private static byte[] pdf(RegisterTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterExport.pdf(table, out);
        return out.toByteArray();
    }

    @Test
    void pdfIsLandscapeA4WithTheCyrillicTextExtractable() throws IOException {
        byte[] bytes = pdf(table());
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(bytes);
        try {
            Rectangle page = reader.getPageSizeWithRotation(1);
            assertTrue(page.getWidth() > page.getHeight(), "landscape");
            assertEquals(842f, page.getWidth(), 1f);
            assertEquals(595f, page.getHeight(), 1f);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("Фёдорова"), text);
            assertTrue(text.contains("Подпись"), text);
            assertTrue(text.contains("Журнал посещаемости"), text);
            assertTrue(text.contains("Н — отсутствовал"), "the legend: " + text);
            assertTrue(text.contains("стр. 1"), "the page number: " + text);
            assertEquals(1, reader.getNumberOfPages());
        } finally {
            reader.close();
        }
    }

    /** The download puts a day's year on a second line of its column head (RegisterDownload): both lines show. */
    @Test
    void pdfShowsADaysYearUnderItsDateInANarrowColumn() throws IOException {
        RegisterTable big = large(3, 12);
        List<String> withYear = big.dayHeaders().stream().map(d -> d + "\n2019").toList();
        RegisterTable table = new RegisterTable(big.title(), big.subtitle(), withYear, big.labels(), big.rows(),
                big.legend());
        PdfReader reader = new PdfReader(pdf(table));
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("12.03") && text.contains("2019"), text);
            assertFalse(text.contains("201\n9") || text.contains("12.0\n3"), () -> "a date cut in two: " + text);
        } finally {
            reader.close();
        }
    }

    @Test
    void pdfEmbedsDejaVuSans() throws IOException {
        PdfReader reader = new PdfReader(pdf(table()));
        try {
            PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            assertNotNull(fonts);
            List<String> embedded = new ArrayList<>();
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                // Identity-H fonts are Type0: the glyphs hang off the descendant CID font's descriptor.
                PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                PdfDictionary cidFont = descendants == null ? font : descendants.getAsDict(0);
                PdfDictionary descriptor = cidFont.getAsDict(PdfName.FONTDESCRIPTOR);
                if (descriptor != null && (descriptor.get(PdfName.FONTFILE2) != null
                        || descriptor.get(PdfName.FONTFILE) != null)) {
                    embedded.add(font.getAsName(PdfName.BASEFONT).toString());
                }
            }
            assertTrue(embedded.stream().anyMatch(name -> name.contains("DejaVuSans")), embedded.toString());
            assertTrue(embedded.stream().anyMatch(name -> name.contains("DejaVuSans-Bold")), embedded.toString());
        } finally {
            reader.close();
        }
    }

    @Test
    void pdfOfTwoHundredTraineesOverTwelveDaysRepeatsTheHeaderOnEveryPage() throws IOException {
        PdfReader reader = new PdfReader(pdf(large(200, 12)));
        try {
            int pages = reader.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= pages; p++) {
                String text = extractor.getTextFromPage(p);
                assertTrue(text.contains("Подпись"), "header on page " + p);
                assertTrue(text.contains("12.03"), "last day header on page " + p);
                assertTrue(text.contains("стр. " + p), "page number on page " + p);
            }
            assertTrue(extractor.getTextFromPage(pages).contains("Фёдорова Алёна 200"));
        } finally {
            reader.close();
        }
    }

    @Test
    void pdfWithNoDaysHasTheFixedColumnsOnly() throws IOException {
        PdfReader reader = new PdfReader(pdf(large(2, 0)));
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains("Фёдорова Алёна 2"), text);
            assertTrue(text.contains("Подпись"), text);
            assertFalse(text.contains("01.03"), text);
        } finally {
            reader.close();
        }
    }

    // ---- all formats ----

    @Test
    void noFormatClosesTheCallersStream() throws IOException {
        class TrackingStream extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        for (String format : List.of("xlsx", "csv", "pdf")) {
            TrackingStream out = new TrackingStream();
            switch (format) {
                case "xlsx" -> RegisterExport.xlsx(table(), out);
                case "csv" -> RegisterExport.csv(table(), out);
                default -> RegisterExport.pdf(table(), out);
            }
            assertFalse(out.closed, format);
            assertTrue(out.size() > 0, format);
        }
    }

    @Test
    void aRowWithTheWrongNumberOfMarksIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RegisterTable("t", "s", List.of("02.03", "03.03"),
                LABELS, List.of(new Row("Иванов", "", "", List.of("П"), 50, false)), List.of()));
    }
}
