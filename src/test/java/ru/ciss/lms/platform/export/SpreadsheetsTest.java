package ru.ciss.lms.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;

class SpreadsheetsTest {

    @Test
    void sheetNamesKeepToExcelsRules() {
        assertEquals("Журнал_ группа _ОМ-1_2_", Spreadsheets.sheetName("Журнал: группа [ОМ-1/2]", "Лист1"));
        assertEquals("_Ёлки_", Spreadsheets.sheetName("'Ёлки'", "Лист1"), "no apostrophe at either end");
        assertEquals("Ёлки's", Spreadsheets.sheetName("Ёлки's", "Лист1"), "one inside is allowed");
        assertEquals("Лист1", Spreadsheets.sheetName("   ", "Лист1"));
        assertEquals("Лист1", Spreadsheets.sheetName(null, "Лист1"));
        assertEquals(31, Spreadsheets.sheetName("Отчёт для грантового фонда за весь 2026 год", "x").length());
        assertEquals("Отчёт", Spreadsheets.sheetName("  Отчёт  ", "x"), "spaces around are dropped");
        assertEquals("Зачисленные слушатели по видам", Spreadsheets.sheetName(
                "Зачисленные слушатели по видам организаций", "x"), "no space left at the end of a cut");
    }

    @Test
    void textCellsCannotBecomeFormulasAndNullIsEmpty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = Spreadsheets.workbook(out)) {
            var sheet = workbook.newWorksheet("Лист1");
            Spreadsheets.text(sheet, 0, 0, "=HYPERLINK(\"http://evil\",\"x\")");
            Spreadsheets.text(sheet, 0, 1, null);
            Spreadsheets.text(sheet, 0, 2, "Фёдорова");
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = read.getSheetAt(0).getRow(0);
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", row.getCell(0).getStringCellValue());
            assertEquals("", row.getCell(1).getStringCellValue());
            assertEquals("Фёдорова", row.getCell(2).getStringCellValue());
        }
    }
}
