package ru.ciss.lms.enrolment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The links' download read back: every column, formulas neutralised, Cyrillic intact. */
class LinkSheetTest {

    private static final List<String> HEADERS = List.of("ФИО", "E-mail", "Район", "Состояние", "Ссылка");
    private static final List<LinkSheet.Row> ROWS = List.of(
            new LinkSheet.Row("Ёлкина Алёна Петровна", "a@example.org", "Тарский район", "нет ссылки",
                    "https://school.example.org/activate.xhtml?token=abc"),
            new LinkSheet.Row("=cmd|' /C calc'!A0", "@evil", null, "-1", ""));

    @Test
    void xlsx() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(LinkSheet.xlsx("Ссылки", HEADERS, ROWS)))) {
            var sheet = book.getSheet("Ссылки");
            assertEquals("Ссылка", sheet.getRow(0).getCell(4).getStringCellValue());
            assertEquals("Ёлкина Алёна Петровна", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("https://school.example.org/activate.xhtml?token=abc",
                    sheet.getRow(1).getCell(4).getStringCellValue());
            assertEquals("'=cmd|' /C calc'!A0", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("'@evil", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("'-1", sheet.getRow(2).getCell(3).getStringCellValue());
        }
    }

    @Test
    void csvIsUtf8WithBomAndSemicolons() {
        byte[] csv = LinkSheet.csv(HEADERS, ROWS);
        assertEquals(0xEF, csv[0] & 0xff);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals("ФИО;E-mail;Район;Состояние;Ссылка\r\n"
                + "Ёлкина Алёна Петровна;a@example.org;Тарский район;нет ссылки;"
                + "https://school.example.org/activate.xhtml?token=abc\r\n"
                + "'=cmd|' /C calc'!A0;'@evil;;'-1;\r\n", text);
    }
}
