package ru.ciss.lms.enrolment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rejected rows go back in the file's own encoding and delimiter, with «Проблемы», and read back cleanly. */
class RejectedRowsTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private final RosterReader reader = new RosterReader(RosterReaderTest.OMSK_REGION);

    @Test
    void windows1251WithSemicolonsKeepsTheHeaderTheCellsAndAddsProblems() {
        String csv = "Фамилия;Имя;Отчество;E-mail;Телефон;Район;Заметка\r\n"
                + "Фёдорова;Алёна;Семёновна;alena@example.org;+7 913 111-22-33;Тарский;ок\r\n"
                + "Ёлкин;Пётр;;not-an-email;+7 913 000-00-00;Тарский;\"с;точкой\"\r\n"
                + "=HYPERLINK(\"x\");Иван;;ivan@example.org;;Марс;\r\n";
        Roster roster = reader.read(csv.getBytes(CP1251));
        byte[] out = RejectedRows.csv(roster, "Проблемы", r -> "строка " + r.line() + ": " + r.problems().size());
        String text = new String(out, CP1251);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals("Фамилия;Имя;Отчество;E-mail;Телефон;Район;Заметка;Проблемы", lines.get(0));
        assertEquals("Ёлкин;Пётр;;not-an-email;'+7 913 000-00-00;Тарский;\"с;точкой\";строка 3: 1", lines.get(1));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\";Иван;;ivan@example.org;;Марс;;строка 4: 2", lines.get(2),
                "a formula is neutralised, quotes doubled");
        assertEquals(3, lines.size(), "only the rejected rows");

        // Read back as the curator uploads it after fixing nothing: same encoding and delimiter, same two rows.
        Roster back = reader.read(out);
        assertEquals(CP1251, back.encoding());
        assertEquals(';', back.delimiter());
        assertEquals(2, back.rows().size());
        assertEquals("+7 913 000-00-00", back.rows().get(0).phone(), "the neutralising quote is read off again");
        assertEquals("=HYPERLINK(\"x\")", back.rows().get(1).surname());
    }

    @Test
    void utf8WithoutHeaderAndCommasGetsTheColumnAfterTheWidestRow() {
        String csv = "Иванова,Анна,,anna@example.org,,Тарский\n"
                + "Петров,Пётр,,petr@example,,Тарский,Школа,НКО,Учитель\n";
        Roster roster = reader.read(csv.getBytes(StandardCharsets.UTF_8));
        byte[] out = RejectedRows.csv(roster, "Проблемы", r -> "плохой адрес");
        assertEquals(0xEF, out[0] & 0xff, "UTF-8 with its byte order mark, for Excel");
        String text = new String(out, 3, out.length - 3, StandardCharsets.UTF_8);
        assertEquals("Петров,Пётр,,petr@example,,Тарский,Школа,НКО,Учитель,плохой адрес\r\n", text);
        assertTrue(reader.read(out).rows().getFirst().problems().stream()
                .allMatch(p -> p.key().equals("enrolment.row.badEmail")), "the extra column is not read");
    }
}
