package ru.ciss.lms.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.certificates.control.CertificateRegisterXlsx.Row;

class CertificateRegisterXlsxTest {

    private static final String TITLE = "Реестр выданных сертификатов «Школа руководителей ресурсных центров», 2026";
    private static final List<String> HEADERS = List.of("Номер", "ФИО", "Программа", "Группа", "Часов",
            "Дата выдачи", "Подписал", "Статус", "Примечание");
    private static final String EVIL = "=HYPERLINK(\"x\")";

    private static final List<Row> ROWS = List.of(
            new Row("РЦ-2026-0001", "Фёдорова Алёна Петровна", "Управление ресурсным центром", "ОМ-1", 72,
                    LocalDate.of(2026, 3, 5), "Ёлкин С. И.", "Действителен", null),
            new Row("РЦ-2026-0002", EVIL, "Управление ресурсным центром", "ОМ-1", 36,
                    LocalDate.of(2026, 12, 31), "Ёлкин С. И.", "Аннулирован", "-дубликат"),
            new Row("РЦ-2026-0003", "Иванов Иван", "Наставничество", "ОМ-2", 16, null, null, "Действителен",
                    "+7 900 000-00-00"));

    private static XSSFWorkbook written(List<Row> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateRegisterXlsx.write(TITLE, HEADERS, rows, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneSheetNamedReestrWithTitleAndBoldHeaders() throws IOException {
        try (XSSFWorkbook workbook = written(ROWS)) {
            assertEquals(1, workbook.getNumberOfSheets());
            XSSFSheet sheet = workbook.getSheet("Реестр");
            assertNotNull(sheet);
            assertEquals(TITLE, sheet.getRow(0).getCell(0).getStringCellValue());
            XSSFRow header = sheet.getRow(1);
            assertEquals(HEADERS.size(), header.getLastCellNum());
            for (int c = 0; c < HEADERS.size(); c++) {
                assertEquals(HEADERS.get(c), header.getCell(c).getStringCellValue());
                assertTrue(header.getCell(c).getCellStyle().getFont().getBold(), "header " + c + " is bold");
            }
            assertEquals(4, sheet.getLastRowNum(), "title, header and three rows");
        }
    }

    @Test
    void valuesAreWrittenInRowOrderWithNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = written(ROWS)) {
            XSSFRow first = workbook.getSheet("Реестр").getRow(2);
            assertEquals("РЦ-2026-0001", first.getCell(0).getStringCellValue());
            assertEquals("Фёдорова Алёна Петровна", first.getCell(1).getStringCellValue());
            assertEquals("Управление ресурсным центром", first.getCell(2).getStringCellValue());
            assertEquals("ОМ-1", first.getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(4).getCellType());
            assertEquals(72.0, first.getCell(4).getNumericCellValue());
            assertEquals("Ёлкин С. И.", first.getCell(6).getStringCellValue());
            assertEquals("Действителен", first.getCell(7).getStringCellValue());
            assertEquals("", first.getCell(8).getStringCellValue(), "a null note is an empty text");
        }
    }

    @Test
    void theIssueDateIsARealDateCellShownAsDayMonthYear() throws IOException {
        try (XSSFWorkbook workbook = written(ROWS)) {
            XSSFSheet sheet = workbook.getSheet("Реестр");
            XSSFCell date = sheet.getRow(2).getCell(5);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(LocalDate.of(2026, 3, 5), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd.mm.yyyy", date.getCellStyle().getDataFormatString().toLowerCase(java.util.Locale.ROOT));
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            assertEquals("05.03.2026", formatter.formatCellValue(date));
            assertEquals("31.12.2026", formatter.formatCellValue(sheet.getRow(3).getCell(5)));
            assertNull(sheet.getRow(4).getCell(5), "no issue date, no cell");
        }
    }

    @Test
    void textsThatCouldBeFormulasAreNeutralised() throws IOException {
        try (XSSFWorkbook workbook = written(ROWS)) {
            XSSFSheet sheet = workbook.getSheet("Реестр");
            XSSFCell injected = sheet.getRow(3).getCell(1);
            assertEquals(CellType.STRING, injected.getCellType(), "stored as text, not as a formula");
            assertEquals("'" + EVIL, injected.getStringCellValue());
            assertEquals("'-дубликат", sheet.getRow(3).getCell(8).getStringCellValue());
            assertEquals("'+7 900 000-00-00", sheet.getRow(4).getCell(8).getStringCellValue());
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, "no formula cells anywhere");
                }
            }
        }
    }

    @Test
    void yoIsKept() throws IOException {
        try (XSSFWorkbook workbook = written(ROWS)) {
            XSSFSheet sheet = workbook.getSheet("Реестр");
            assertTrue(sheet.getRow(2).getCell(1).getStringCellValue().contains("ё"));
            assertEquals("Ёлкин С. И.", sheet.getRow(3).getCell(6).getStringCellValue());
        }
    }

    @Test
    void theHeaderRowIsFrozenAndFilteredAndColumnsHaveFixedWidths() throws IOException {
        try (XSSFWorkbook workbook = written(ROWS)) {
            XSSFSheet sheet = workbook.getSheet("Реестр");
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, "a frozen pane");
            assertTrue(pane.isFreezePane());
            assertEquals(2, pane.getHorizontalSplitPosition(), "title and header stay in view");
            assertEquals(0, pane.getVerticalSplitPosition());
            assertEquals("A2:I5", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(4), "names wider than hours");
            for (int c = 0; c < HEADERS.size(); c++) {
                assertTrue(sheet.getColumnWidth(c) >= 8 * 256, "column " + c + " has a set width");
            }
        }
    }

    @Test
    void anEmptyRegisterStillHasItsHeader() throws IOException {
        try (XSSFWorkbook workbook = written(List.of())) {
            XSSFSheet sheet = workbook.getSheet("Реестр");
            assertEquals(1, sheet.getLastRowNum());
            assertEquals("Номер", sheet.getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aLargeRegisterIsWrittenCompletely() throws IOException {
        List<Row> many = new ArrayList<>();
        for (int i = 1; i <= 12_000; i++) {
            many.add(new Row(RegisterNumber.format(RegisterNumber.DEFAULT_PATTERN, "РЦ", 2026, i, 4),
                    "Слушатель " + i, "Программа", "ОМ-" + (i % 12), 72, LocalDate.of(2026, 1, 1).plusDays(i % 365),
                    "Ёлкин С. И.", "Действителен", ""));
        }
        try (XSSFWorkbook workbook = written(many)) {
            XSSFSheet sheet = workbook.getSheet("Реестр");
            assertEquals(12_001, sheet.getLastRowNum());
            assertEquals("РЦ-2026-12000", sheet.getRow(12_001).getCell(0).getStringCellValue());
            assertEquals("Слушатель 12000", sheet.getRow(12_001).getCell(1).getStringCellValue());
            assertEquals("A2:I12002", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        File poiTemp = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        int before = sxssfFiles(poiTemp);
        written(ROWS).close();
        assertEquals(before, sxssfFiles(poiTemp));
    }

    private static int sxssfFiles(File dir) {
        File[] files = dir.listFiles((d, name) -> name.startsWith("poi-sxssf"));
        return files == null ? 0 : files.length;
    }

    @Test
    void refusesAWrongNumberOfHeaders() {
        assertThrows(IllegalArgumentException.class,
                () -> CertificateRegisterXlsx.write(TITLE, HEADERS.subList(0, 8), ROWS, new ByteArrayOutputStream()));
    }
}
