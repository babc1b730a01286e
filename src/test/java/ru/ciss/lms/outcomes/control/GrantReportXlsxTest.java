package ru.ciss.lms.outcomes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ciss.lms.outcomes.control.GrantReportFixtures.EVIL_DISTRICT;
import static ru.ciss.lms.outcomes.control.GrantReportFixtures.MONEY_INDICATOR;
import static ru.ciss.lms.outcomes.control.GrantReportFixtures.YO_DISTRICT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook read back with POI, as a spreadsheet would read it. */
class GrantReportXlsxTest {

    private static final int FIRST_INDICATOR_ROW = GrantReportXlsx.INDICATORS_HEADER_ROW + 1;
    private static final int FIRST_DISTRICT_ROW = GrantReportXlsx.TABLE_HEADER_ROW + 1;

    private static XSSFWorkbook written(GrantReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GrantReportXlsx.write(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void threeSheetsNamedByTheirHeadingsAndATitleBlockOnTheFirst() throws IOException {
        try (XSSFWorkbook workbook = written(GrantReportFixtures.report())) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals("Показатели результативности", workbook.getSheetName(0));
            assertEquals("По районам Омской области", workbook.getSheetName(1));
            assertEquals("По типам организаций", workbook.getSheetName(2));

            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Отчёт для Фонда президентских грантов", string(sheet, 0, 0));
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold());
            assertEquals("Программа: Школа лидеров ресурсных центров Омской области", string(sheet, 1, 0));
            assertEquals("Период: 01.01.2026 – 31.12.2026", string(sheet, 2, 0));
            assertEquals("Сформирован: 15.01.2027", string(sheet, 3, 0));
            assertEquals("Отчёт для Фонда президентских грантов", workbook.getProperties().getCoreProperties()
                    .getTitle());
        }
    }

    @Test
    void confirmedAndReportedOnlyAreSeparateNumericColumnsWithTheirTotal() throws IOException {
        try (XSSFWorkbook workbook = written(GrantReportFixtures.report())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFRow header = sheet.getRow(GrantReportXlsx.INDICATORS_HEADER_ROW);
            assertEquals(List.of("Показатель", "Подтверждено", "Только заявлено", "Итого"), texts(header, 4));

            XSSFRow money = row(sheet, MONEY_INDICATOR);
            assertNumber(7_746_500, money.getCell(1));
            assertNumber(1_250_000, money.getCell(2));
            assertNumber(8_996_500, money.getCell(3));
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            assertEquals("7,746,500 ₽", formatter.formatCellValue(money.getCell(1)));
            assertEquals("8,996,500 ₽", formatter.formatCellValue(money.getCell(3)));

            XSSFRow centres = row(sheet, GrantReportFixtures.CENTRES_INDICATOR);
            assertNumber(7, centres.getCell(1));
            assertNumber(2, centres.getCell(2));
            assertNumber(9, centres.getCell(3));
            assertEquals(GrantReportXlsx.COUNT_FORMAT, centres.getCell(1).getCellStyle().getDataFormatString());

            XSSFRow average = sheet.getRow(FIRST_INDICATOR_ROW + 3);
            assertNumber(41.5, average.getCell(1));
            assertEquals("41.50", formatter.formatCellValue(average.getCell(1)), "a fraction is not rounded away");

            assertEquals(GrantReportFixtures.NOTE, string(sheet, FIRST_INDICATOR_ROW + 5, 0),
                    "the note below the indicators, after a blank row");
        }
    }

    /** The header row of each of the three sheets, in order. */
    private static final int[] HEADER_ROWS = {GrantReportXlsx.INDICATORS_HEADER_ROW, GrantReportXlsx.TABLE_HEADER_ROW,
            GrantReportXlsx.TABLE_HEADER_ROW};

    @Test
    void headersAreBoldFrozenAndColumnsHaveWidths() throws IOException {
        try (XSSFWorkbook workbook = written(GrantReportFixtures.report())) {
            for (int s = 0; s < HEADER_ROWS.length; s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                XSSFRow header = sheet.getRow(HEADER_ROWS[s]);
                for (Cell cell : header) {
                    assertTrue(((XSSFCell) cell).getCellStyle().getFont().getBold(), sheet.getSheetName() + " "
                            + cell.getStringCellValue());
                }
                PaneInformation pane = sheet.getPaneInformation();
                assertNotNull(pane, sheet.getSheetName());
                assertTrue(pane.isFreezePane());
                assertEquals(HEADER_ROWS[s] + 1, pane.getHorizontalSplitPosition(), "frozen under the header");
                assertTrue(sheet.getColumnWidth(0) > sheet.getColumnWidth(1), "names wider than figures");
                assertTrue(sheet.getColumnWidth(1) >= 12 * 256, "figure columns have a set width");
            }
            assertEquals(8, workbook.getSheetAt(1).getRow(GrantReportXlsx.TABLE_HEADER_ROW).getLastCellNum());
        }
    }

    @Test
    void everySheetPrintsOnA4OnePageWideWithTheHeaderRepeated() throws IOException {
        try (XSSFWorkbook workbook = written(GrantReportFixtures.report())) {
            for (int s = 0; s < HEADER_ROWS.length; s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize(),
                        sheet.getSheetName());
                assertTrue(sheet.getFitToPage(), sheet.getSheetName());
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), "one page wide");
                assertEquals(0, sheet.getPrintSetup().getFitHeight(), "as many pages long as it takes");
                org.apache.poi.ss.util.CellRangeAddress repeated = sheet.getRepeatingRows();
                assertNotNull(repeated, sheet.getSheetName());
                assertEquals(HEADER_ROWS[s], repeated.getFirstRow());
                assertEquals(HEADER_ROWS[s], repeated.getLastRow());
            }
        }
    }

    @Test
    void aDistrictNameThatIsAFormulaStaysText() throws IOException {
        try (XSSFWorkbook workbook = written(GrantReportFixtures.report())) {
            XSSFCell evil = row(workbook.getSheetAt(1), "'" + EVIL_DISTRICT).getCell(0);
            assertEquals(CellType.STRING, evil.getCellType());
            assertEquals("'" + EVIL_DISTRICT, evil.getStringCellValue());
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                for (Row row : workbook.getSheetAt(s)) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), "no formula cells anywhere");
                    }
                }
            }
        }
    }

    @Test
    void theTotalsRowIsTheSumOfTheDistrictsAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = written(GrantReportFixtures.report())) {
            XSSFSheet sheet = workbook.getSheetAt(1);
            int districts = GrantReportFixtures.districts().size();
            int totalRow = FIRST_DISTRICT_ROW + districts;
            assertEquals(totalRow, sheet.getLastRowNum(), "the totals row is the last");
            XSSFRow total = sheet.getRow(totalRow);
            assertEquals("Итого", total.getCell(0).getStringCellValue());
            assertTrue(total.getCell(0).getCellStyle().getFont().getBold());

            double[] expected = {148, 132, 123, 7, 96, 634, 7_746_500.50};
            for (int c = 1; c <= 7; c++) {
                double sum = 0;
                for (int r = FIRST_DISTRICT_ROW; r < totalRow; r++) {
                    XSSFCell cell = sheet.getRow(r).getCell(c);
                    assertEquals(CellType.NUMERIC, cell.getCellType(), "row " + r + " column " + c);
                    sum += cell.getNumericCellValue();
                }
                assertNumber(expected[c - 1], total.getCell(c));
                assertEquals(sum, total.getCell(c).getNumericCellValue(), 0.001, "column " + c);
            }
            assertEquals(GrantReportXlsx.KOPECKS_FORMAT, total.getCell(7).getCellStyle().getDataFormatString());
            assertEquals(GrantReportXlsx.ROUBLES_FORMAT,
                    sheet.getRow(FIRST_DISTRICT_ROW).getCell(7).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void yoIsKeptInEveryText() throws IOException {
        try (XSSFWorkbook workbook = written(GrantReportFixtures.report())) {
            assertTrue(string(workbook.getSheetAt(0), 0, 0).contains("Отчёт"));
            assertNotNull(row(workbook.getSheetAt(0), "Привлечено средств партнёров"));
            assertEquals(YO_DISTRICT, row(workbook.getSheetAt(1), YO_DISTRICT).getCell(0).getStringCellValue());
            assertEquals("Инициативная группа, ещё не зарегистрированная",
                    string(workbook.getSheetAt(2), FIRST_DISTRICT_ROW + 2, 0));
        }
    }

    @Test
    void organisationKindsWithTheirCounts() throws IOException {
        try (XSSFWorkbook workbook = written(GrantReportFixtures.report())) {
            XSSFSheet sheet = workbook.getSheetAt(2);
            assertEquals("По типам организаций", string(sheet, 0, 0));
            assertEquals(List.of("Тип организации", "Обучено", "Получили сертификат"),
                    texts(sheet.getRow(GrantReportXlsx.TABLE_HEADER_ROW), 3));
            XSSFRow municipal = row(sheet, "Муниципальное учреждение");
            assertNumber(38, municipal.getCell(1));
            assertNumber(30, municipal.getCell(2));
            assertEquals(FIRST_DISTRICT_ROW + 2, sheet.getLastRowNum(), "three kinds, no totals row");
        }
    }

    @Test
    void anEmptyReportStillHasItsHeadersAndZeroTotals() throws IOException {
        GrantReport empty = new GrantReport("Отчёт", "Программа", GrantReportFixtures.report().from(),
                GrantReportFixtures.report().to(), GrantReportFixtures.report().generatedOn(), List.of(), List.of(),
                List.of(), GrantReportFixtures.RUSSIAN);
        try (XSSFWorkbook workbook = written(empty)) {
            XSSFSheet districts = workbook.getSheetAt(1);
            XSSFRow total = districts.getRow(FIRST_DISTRICT_ROW);
            assertEquals("Итого", total.getCell(0).getStringCellValue());
            assertNumber(0, total.getCell(1));
            assertNumber(0, total.getCell(7));
            assertEquals("Показатель", string(workbook.getSheetAt(0), GrantReportXlsx.INDICATORS_HEADER_ROW, 0));
        }
    }

    @Test
    void sheetNamesAreValidAndDistinctWhateverTheHeadings() {
        String long1 = "Показатели результативности проекта по итогам года";
        List<String> names = GrantReportXlsx.sheetNames(java.util.Arrays.asList(long1, long1, null, "Итоги: [1/2]",
                "ИТОГИ_ _1_2_"));
        assertEquals(5, names.size());
        Set<String> distinct = new HashSet<>();
        for (String name : names) {
            assertTrue(name.length() <= 31, name);
            assertTrue(name.chars().noneMatch(ch -> "\\/?*[]:".indexOf(ch) >= 0), name);
            assertTrue(distinct.add(name.toLowerCase(Locale.ROOT)), "repeated: " + names);
        }
        assertEquals(long1.substring(0, 31), names.get(0));
        assertEquals("Лист3", names.get(2));
    }

    private static void assertNumber(double expected, XSSFCell cell) {
        assertNotNull(cell);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a numeric cell, not a text");
        assertEquals(expected, cell.getNumericCellValue(), 0.0001);
    }

    private static String string(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> texts(XSSFRow row, int count) {
        assertEquals(count, row.getLastCellNum());
        return java.util.stream.IntStream.range(0, count).mapToObj(c -> row.getCell(c).getStringCellValue()).toList();
    }

    /** The row whose first cell holds exactly this text. */
    private static XSSFRow row(XSSFSheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && first.equals(cell.getStringCellValue())) {
                return (XSSFRow) row;
            }
        }
        throw new AssertionError("no row starting with " + first + " on " + sheet.getSheetName());
    }
}
