package ru.ciss.lms.enrolment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The «Зачислен с» column (issue #19): read by its header in any position, a bad date a row problem. */
class RosterEnrolmentDateTest {

    static final LocalDate STARTS = LocalDate.of(2019, 3, 4);
    static final LocalDate ENDS = LocalDate.of(2019, 5, 31);
    static final String ROW = "Иванова;Анна;Петровна;anna@example.org;;Крутинский район;;;";
    static final String HEADED = "Фамилия;Имя;Отчество;E-mail;Телефон;Район;Организация;Тип организации;Должность;"
            + "Зачислен с\n" + ROW;

    final RosterReader reader = new RosterReader(RosterReaderTest.OMSK_REGION);

    private Roster read(String text) {
        return reader.read(RosterReaderTest.utf8(text), STARTS, ENDS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Зачислен с|11.03.2019|2019-03-11",
        "зачислена с|1.4.2019|2019-04-01",
        "Дата зачисления| 04.03.2019 |2019-03-04",
        "Enrolled from|31.05.2019|2019-05-31"})
    void theHeaderNamesTheColumnAnywhere(String header, String cell, LocalDate expected) {
        Roster roster = read("Район;" + header + ";Фамилия;Имя;E-mail\nКрутинский район;" + cell
                + ";Иванова;Анна;anna@example.org");
        assertTrue(roster.acceptable(), () -> roster.rowsWithProblems().toString());
        assertEquals(expected, roster.rows().getFirst().enrolledOn());
    }

    @Test
    void withoutAHeaderAnExtraCellIsADistrictsNoteNotADate() {
        Roster roster = read(ROW + ";15.03.2019");
        assertTrue(roster.acceptable(), () -> roster.rowsWithProblems().toString());
        assertNull(roster.rows().getFirst().enrolledOn());
    }

    @Test
    void anEmptyCellOrNoColumnLeavesTheDateToTheCurator() {
        assertNull(read(HEADED + ";").rows().getFirst().enrolledOn());
        assertTrue(read(HEADED + ";").acceptable());
        assertNull(read(ROW).rows().getFirst().enrolledOn());
        assertTrue(read(ROW).acceptable());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"31.02.2019", "2019-03-11", "11/03/2019", "11.03.19", "вчера", "11.13.2019"})
    void aBadDateIsARowProblemAndTheFileIsNotAcceptable(String cell) {
        Roster roster = read(HEADED + ";" + cell);
        assertFalse(roster.acceptable());
        RosterRow row = roster.rows().getFirst();
        assertNull(row.enrolledOn());
        assertEquals(List.of(new RosterProblem("enrolment.row.badDate", cell)), row.problems());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"03.03.2019", "01.06.2019", "11.03.2091"})
    void aDateOutsideTheCohortIsARowProblem(String cell) {
        Roster roster = read(HEADED + ";" + cell);
        assertFalse(roster.acceptable());
        assertEquals(List.of(new RosterProblem("enrolment.row.dateOutsideCohort", cell, "04.03.2019", "31.05.2019")),
                roster.rows().getFirst().problems());
    }

    @Test
    void everyRowWithABadDateIsListedByItsLine() {
        Roster roster = read("Фамилия;Имя;E-mail;Район;Зачислен с\n"
                + "Иванова;Анна;a@example.org;Крутинский район;11.03.2019\n"
                + "Петров;Пётр;p@example.org;Крутинский район;30.02.2019\n"
                + "Сидорова;Мария;s@example.org;Крутинский район;12.03.2019\n"
                + "Орлов;Ёжик;o@example.org;Крутинский район;12.03\n");
        assertEquals(List.of(3, 5), roster.rowsWithProblems().stream().map(RosterRow::line).toList());
    }
}
