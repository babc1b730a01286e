package ru.ciss.lms.enrolment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.ciss.lms.people.OrganisationKind;

/** The CSV rosters administrators upload, built byte by byte as Excel and the districts' offices write them. */
class RosterReaderTest {

    /** The real reference data (db/migration/V2__omsk_region_districts.sql). */
    static final List<KnownDistrict> OMSK_REGION = List.of(
            new KnownDistrict(1, "Азовский немецкий национальный район", "Azovsky German National District", "azovsky"),
            new KnownDistrict(2, "Большереченский район", "Bolsherechensky District", "bolsherechensky"),
            new KnownDistrict(3, "Большеуковский район", "Bolsheukovsky District", "bolsheukovsky"),
            new KnownDistrict(4, "Горьковский район", "Gorkovsky District", "gorkovsky"),
            new KnownDistrict(5, "Знаменский район", "Znamensky District", "znamensky"),
            new KnownDistrict(6, "Исилькульский район", "Isilkulsky District", "isilkulsky"),
            new KnownDistrict(7, "Калачинский район", "Kalachinsky District", "kalachinsky"),
            new KnownDistrict(8, "Колосовский район", "Kolosovsky District", "kolosovsky"),
            new KnownDistrict(9, "Кормиловский район", "Kormilovsky District", "kormilovsky"),
            new KnownDistrict(10, "Крутинский район", "Krutinsky District", "krutinsky"),
            new KnownDistrict(11, "Любинский район", "Lyubinsky District", "lyubinsky"),
            new KnownDistrict(12, "Марьяновский район", "Maryanovsky District", "maryanovsky"),
            new KnownDistrict(13, "Москаленский район", "Moskalensky District", "moskalensky"),
            new KnownDistrict(14, "Муромцевский район", "Muromtsevsky District", "muromtsevsky"),
            new KnownDistrict(15, "Называевский район", "Nazyvaevsky District", "nazyvaevsky"),
            new KnownDistrict(16, "Нижнеомский район", "Nizhneomsky District", "nizhneomsky"),
            new KnownDistrict(17, "Нововаршавский район", "Novovarshavsky District", "novovarshavsky"),
            new KnownDistrict(18, "Одесский район", "Odessky District", "odessky"),
            new KnownDistrict(19, "Оконешниковский район", "Okoneshnikovsky District", "okoneshnikovsky"),
            new KnownDistrict(20, "Омский район", "Omsky District", "omsky"),
            new KnownDistrict(21, "Павлоградский район", "Pavlogradsky District", "pavlogradsky"),
            new KnownDistrict(22, "Полтавский район", "Poltavsky District", "poltavsky"),
            new KnownDistrict(23, "Русско-Полянский район", "Russko-Polyansky District", "russko-polyansky"),
            new KnownDistrict(24, "Саргатский район", "Sargatsky District", "sargatsky"),
            new KnownDistrict(25, "Седельниковский район", "Sedelnikovsky District", "sedelnikovsky"),
            new KnownDistrict(26, "Таврический район", "Tavrichesky District", "tavrichesky"),
            new KnownDistrict(27, "Тарский район", "Tarsky District", "tarsky"),
            new KnownDistrict(28, "Тевризский район", "Tevrizsky District", "tevrizsky"),
            new KnownDistrict(29, "Тюкалинский район", "Tyukalinsky District", "tyukalinsky"),
            new KnownDistrict(30, "Усть-Ишимский район", "Ust-Ishimsky District", "ust-ishimsky"),
            new KnownDistrict(31, "Черлакский район", "Cherlaksky District", "cherlaksky"),
            new KnownDistrict(32, "Шербакульский район", "Sherbakulsky District", "sherbakulsky"),
            new KnownDistrict(33, "г. Омск", "City of Omsk", "omsk"));

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final String HEADER = "Фамилия;Имя;Отчество;Электронная почта;Телефон;Район;Организация;Тип организации;"
            + "Должность";
    /** One clean row in the fixed (and HEADER's) order. */
    static final String[] CLEAN = {"Иванова", "Анна", "Петровна", "anna@example.org", "+7 (3812) 22-33-44",
        "Крутинский район", "Школа № 1", "Бюджетное учреждение", "Учитель"};
    static final int SURNAME = 0;
    static final int GIVEN_NAME = 1;
    static final int PATRONYMIC = 2;
    static final int EMAIL = 3;
    static final int PHONE = 4;
    static final int DISTRICT = 5;
    static final int ORGANISATION = 6;
    static final int KIND = 7;
    static final int POSITION = 8;

    final RosterReader reader = new RosterReader(OMSK_REGION);

    // ---------------------------------------------------------------- helpers

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] cp1251(String text) {
        return text.getBytes(WINDOWS_1251);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** A semicolon-separated record, quoted the way Excel quotes. */
    static String csv(String... cells) {
        return Arrays.stream(cells).map(c -> c.contains(";") || c.contains("\"") || c.contains("\n")
                ? "\"" + c.replace("\"", "\"\"") + "\"" : c).collect(Collectors.joining(";"));
    }

    /** The clean row with one cell changed. */
    static String[] cleanWith(int column, String value) {
        String[] cells = CLEAN.clone();
        cells[column] = value;
        return cells;
    }

    /** Reads HEADER and one row; the file itself must be fine. */
    RosterRow readRow(String... cells) {
        Roster roster = reader.read(utf8(HEADER + "\r\n" + csv(cells) + "\r\n"));
        assertEquals(List.of(), roster.fileProblems());
        assertEquals(1, roster.rows().size());
        return roster.rows().get(0);
    }

    static RosterProblem problem(String key, Object... args) {
        return new RosterProblem(key, args);
    }

    static List<Integer> lines(List<RosterRow> rows) {
        return rows.stream().map(RosterRow::line).toList();
    }

    // ---------------------------------------------------------------- encodings, delimiters, headers

    @Nested
    class Reading {

        @Test
        void utf8WithBomAndCommas() {
            byte[] file = concat(bytes(0xEF, 0xBB, 0xBF), utf8(
                    "Surname,Given name,Patronymic,E-mail,Phone,District,Organisation,Organisation kind,Position\r\n"
                    + "Smirnova,Olga,,Olga.Smirnova@Example.ORG ,8 913 111-22-33,Krutinsky District,"
                    + "School No 2,NGO,Teacher\r\n"));
            Roster roster = reader.read(file);
            assertEquals(StandardCharsets.UTF_8, roster.encoding());
            assertEquals(',', roster.delimiter());
            assertTrue(roster.header());
            // A BOM left in place would hide the "Surname" column and make this a missingColumn problem.
            assertEquals(List.of(), roster.fileProblems());
            RosterRow row = roster.rows().get(0);
            assertEquals(new RosterRow(2, "Smirnova", "Olga", null, "olga.smirnova@example.org", "8 913 111-22-33",
                    10, "School No 2", OrganisationKind.NGO, "Teacher", List.of()), row);
            assertTrue(roster.acceptable());
        }

        @Test
        void theBomIsNotPartOfAQuotedFirstCell() {
            // With the BOM left in, the opening quote would not start the field and would stay in the surname.
            byte[] file = concat(bytes(0xEF, 0xBB, 0xBF), utf8("\"Иванова\";Анна;;anna@example.org;;Тарский\r\n"));
            Roster roster = reader.read(file);
            assertFalse(roster.header());
            assertEquals("Иванова", roster.rows().get(0).surname());
            assertEquals(List.of(), roster.rows().get(0).problems());
        }

        @Test
        void windows1251WithSemicolonsAndARussianHeaderInAnotherOrderKeepsYo() {
            String text = "Эл. почта;Фамилия;Должность;Примечание;Имя;Район;Отчество;Тип организации;Организация;"
                    + "Телефон\r\n"
                    + "Alena.F@Mail.RU;Фёдорова;Специалист по работе с молодёжью;приедет позже;Алёна;"
                    + "Черлакский р-н;Семёновна;НКО;АНО «Ёлочка»;89131234567\r\n"
                    + "fedorov@example.org;Фёдоров;Глава;;Пётр;Шербакульский;;администрация поселения;"
                    + "Администрация Шербакульского района;\r\n";
            byte[] file = cp1251(text);
            Roster roster = reader.read(file);
            assertEquals(WINDOWS_1251, roster.encoding());
            assertEquals(';', roster.delimiter());
            assertTrue(roster.header());
            assertEquals(List.of(), roster.fileProblems());
            assertEquals(List.of(
                    new RosterRow(2, "Фёдорова", "Алёна", "Семёновна", "alena.f@mail.ru", "89131234567", 31,
                            "АНО «Ёлочка»", OrganisationKind.NGO, "Специалист по работе с молодёжью", List.of()),
                    new RosterRow(3, "Фёдоров", "Пётр", null, "fedorov@example.org", null, 32,
                            "Администрация Шербакульского района", OrganisationKind.LOCAL_ADMINISTRATION, "Глава",
                            List.of())), roster.rows());
            assertTrue(roster.rows().get(0).surname().contains("ё"), "ё is kept, never turned into е");
            assertTrue(roster.acceptable());
        }

        @Test
        void withoutAHeaderTheColumnsAreInTheFixedOrder() {
            String text = "Петров;Иван;Сергеевич;petrov@example.org;89001234567;Омский район;Администрация;"
                    + "администрация района;глава;лишняя ячейка;ещё одна\n"
                    + "Сидорова;Мария\n";
            Roster roster = reader.read(utf8(text));
            assertFalse(roster.header());
            assertEquals(StandardCharsets.UTF_8, roster.encoding());
            assertEquals(List.of(
                    new RosterRow(1, "Петров", "Иван", "Сергеевич", "petrov@example.org", "89001234567", 20,
                            "Администрация", OrganisationKind.LOCAL_ADMINISTRATION, "глава", List.of()),
                    new RosterRow(2, "Сидорова", "Мария", null, null, null, null, null, null, null, List.of(
                            problem("enrolment.row.missing", "email"), problem("enrolment.row.missing", "district")))),
                    roster.rows());
        }

        @Test
        void excelUnicodeTextIsUtf16LeWithTabs() {
            String text = "Фамилия\tИмя\tEmail\tРайон\tДолжность\r\nКузнецова\tЕлена\tk@example.org\tг. Омск\t"
                    + "\"Директор; руководитель\"\r\n";
            Roster roster = reader.read(concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)));
            assertEquals(StandardCharsets.UTF_16LE, roster.encoding());
            assertEquals('\t', roster.delimiter());
            assertEquals(List.of(), roster.fileProblems());
            assertEquals(List.of(new RosterRow(2, "Кузнецова", "Елена", null, "k@example.org", null, 33, null, null,
                    "Директор; руководитель", List.of())), roster.rows());
        }

        @Test
        void utf16BeWithBom() {
            String text = "Фамилия\tИмя\tEmail\tРайон\nОрлов\tОлег\to@example.org\tТарский\n";
            Roster roster = reader.read(concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)));
            assertEquals(StandardCharsets.UTF_16BE, roster.encoding());
            assertEquals("Орлов", roster.rows().get(0).surname());
            assertEquals(27, roster.rows().get(0).districtId());
        }

        @Test
        void plainUtf8WithoutBomIsUtf8NotWindows1251() {
            Roster roster = reader.read(utf8(HEADER + "\n" + csv(CLEAN) + "\n"));
            assertEquals(StandardCharsets.UTF_8, roster.encoding());
            assertEquals("Иванова", roster.rows().get(0).surname());
        }

        @Test
        void tabDelimitedUtf8() {
            Roster roster = reader.read(utf8(String.join("\t", HEADER.split(";")) + "\n" + String.join("\t", CLEAN)));
            assertEquals('\t', roster.delimiter());
            assertEquals("Школа № 1", roster.rows().get(0).organisation());
            assertTrue(roster.acceptable());
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
                a;b,c                 | semicolon
                a,b;c                 | semicolon
                a,b<TAB>c             | comma
                a<TAB>b,c             | comma
                a<TAB>b<TAB>c<TAB>d,e,f | tab
                a,b,c,d;e;f           | comma
                `"a;b;c",d`           | comma
                `"a,b,c";d`           | semicolon
                `"a,b,c"<TAB>d`       | tab
                """)
        void theDelimiterIsTheCommonestOutsideQuotesInTheFirstLineAndTiesPreferSemicolonThenComma(String line,
                                                                                                   String expected) {
            String first = line.replace("<TAB>", "\t");
            // Blank lines first, and a line after it with many of every delimiter: only the first real line counts.
            Roster roster = reader.read(utf8("\r\n  \r\n" + first + "\r\n;;;;;,,,,,\t\t\t\t\t\t\r\n"));
            char delimiter = switch (expected) {
                case "semicolon" -> ';';
                case "comma" -> ',';
                default -> '\t';
            };
            assertEquals(delimiter, roster.delimiter());
        }

        @Test
        void headerNamesMatchWhateverTheirCaseYoAndPunctuation() {
            String text = "ФАМИЛИЯ*;Имя*;Отчество;Адрес электронной почты*;Тел.;Муниципальный район*;Место работы;"
                    + "Вид организации;ДОЛЖНОСТЬ\n"
                    + csv(CLEAN) + "\n";
            Roster roster = reader.read(utf8(text));
            assertTrue(roster.header());
            assertEquals(new RosterRow(2, "Иванова", "Анна", "Петровна", "anna@example.org", "+7 (3812) 22-33-44", 10,
                    "Школа № 1", OrganisationKind.BUDGET_INSTITUTION, "Учитель", List.of()), roster.rows().get(0));
        }

        @Test
        void englishHeaderNames() {
            String text = "Last name,First name,Middle name,Email,Phone,District,Organization,Organization type,"
                    + "Position\nLee,Ann,,ann@example.org,,omsk,,,\n";
            Roster roster = reader.read(utf8(text));
            assertTrue(roster.header());
            assertEquals(new RosterRow(2, "Lee", "Ann", null, "ann@example.org", null, 33, null, null, null,
                    List.of()), roster.rows().get(0));
        }

        @ParameterizedTest
        @ValueSource(strings = {"эл почта", "почта", "e-mail", "email", "электронная почта"})
        void everyEmailHeaderName(String name) {
            Roster roster = reader.read(utf8("Фамилия;Имя;" + name + ";Район\nЛи;Ан;li@example.org;Тарский\n"));
            assertEquals(List.of(), roster.fileProblems());
            assertEquals("li@example.org", roster.rows().get(0).email());
        }

        @Test
        void oneMatchingCellDoesNotMakeAHeader() {
            Roster roster = reader.read(utf8("Район;Иван;;ivan@example.org;;Тарский\n"));
            assertFalse(roster.header());
            assertEquals(1, roster.rows().get(0).line());
            assertEquals("Район", roster.rows().get(0).surname());
        }

        @Test
        void aHeaderWithoutARequiredColumnIsAFileProblemForEachMissingColumn() {
            Roster roster = reader.read(utf8("Имя;Отчество;Район;Должность\nИван;Иванович;Тарский;Учитель\n"));
            assertTrue(roster.header());
            assertEquals(List.of(problem("enrolment.file.missingColumn", "surname"),
                    problem("enrolment.file.missingColumn", "email")), roster.fileProblems());
            assertEquals(List.of(), roster.rows());
            assertFalse(roster.acceptable());
        }

        @Test
        void aHeaderWithoutTheGivenNameColumn() {
            Roster roster = reader.read(utf8("Фамилия;Почта\nИванов;i@example.org\n"));
            assertEquals(List.of(problem("enrolment.file.missingColumn", "givenName")), roster.fileProblems());
        }

        @Test
        void unknownColumnsAreIgnoredAndAHeaderMapsColumnsByName() {
            Roster roster = reader.read(utf8("№;Район;Комментарий;Имя;Фамилия;Почта\n"
                    + "1;Тарский;тест;Ирина;Белова;irina@example.org\n"));
            assertEquals(new RosterRow(2, "Белова", "Ирина", null, "irina@example.org", null, 27, null, null, null,
                    List.of()), roster.rows().get(0));
        }
    }

    // ---------------------------------------------------------------- RFC 4180

    @Nested
    class Quoting {

        @ParameterizedTest(name = "line end {index}")
        @ValueSource(strings = {"\r\n", "\n", "\r"})
        void quotedCellsHoldDelimitersDoubledQuotesAndLineBreaksAndLinesAreStillCounted(String eol) {
            String text = "Фамилия;Имя;Электронная почта;Район;Организация;Должность" + eol
                    + "Иванов;Пётр;p@example.org;Крутинский;\"ООО \"\"Ромашка\"\"; филиал\";\"Ведущий" + eol
                    + "специалист\"" + eol
                    + eol
                    + "Смирнова;Ольга;o@example.org;\"Тарский\";\"Школа, № 2\";\"\"" + eol
                    + "\"Орлов\";\"Олег\";\"o2@example.org\";Тарский;\"Д\"\"К\"\" \"\"Юность\"\"\";\"\"\"Старший\"\"" + eol
                    + "методист\"" + eol;
            Roster roster = reader.read(utf8(text));
            assertEquals(List.of(), roster.fileProblems());
            assertEquals(List.of(2, 5, 6), lines(roster.rows()));
            RosterRow first = roster.rows().get(0);
            assertEquals("ООО \"Ромашка\"; филиал", first.organisation());
            assertEquals("Ведущий" + eol + "специалист", first.position());
            RosterRow second = roster.rows().get(1);
            assertEquals("Школа, № 2", second.organisation());
            assertEquals(27, second.districtId());
            assertNull(second.position());
            RosterRow third = roster.rows().get(2);
            assertEquals("Д\"К\" \"Юность\"", third.organisation());
            assertEquals("\"Старший\"" + eol + "методист", third.position());
        }

        @Test
        void mixedLineEndsAndBlankLinesKeepPhysicalLineNumbers() {
            String text = "\r\n" + HEADER + "\n\n" + csv(CLEAN) + "\r\r\n" + csv(cleanWith(EMAIL, "b@example.org"))
                    + "\n;;;;;;;;\n   \n" + csv(cleanWith(EMAIL, "c@example.org"));
            Roster roster = reader.read(utf8(text));
            assertTrue(roster.header());
            assertEquals(List.of(4, 6, 9), lines(roster.rows()));
        }

        @Test
        void aQuoteInsideAnUnquotedCellIsKeptAsWritten() {
            Roster roster = reader.read(utf8(HEADER + "\n" + String.join(";", cleanWith(ORGANISATION,
                    "Школа \"Радуга\"")) + "\n"));
            assertEquals("Школа \"Радуга\"", roster.rows().get(0).organisation());
        }

        @Test
        void aQuoteNeverClosedIsAFileProblemNamingItsLine() {
            String text = HEADER + "\r\n" + csv(CLEAN) + "\r\n"
                    + String.join(";", cleanWith(EMAIL, "b@example.org")).replace("Учитель", "\"Учитель") + "\r\n";
            Roster roster = reader.read(utf8(text));
            assertEquals(List.of(problem("enrolment.file.unclosedQuote", 3)), roster.fileProblems());
            // Both rows are fine in themselves: only the file problem keeps the roster from being accepted.
            assertEquals(List.of(), roster.rowsWithProblems());
            assertFalse(roster.acceptable());
        }

        @Test
        void anUnclosedQuoteSwallowsTheRestOfTheFile() {
            String text = "Фамилия;Имя;Эл. почта;Район\r\nИванов;\"Иван;ivan@example.org;Тарский\r\n"
                    + "Петров;Пётр;p@example.org;Тарский\r\n";
            Roster roster = reader.read(utf8(text));
            assertEquals(List.of(problem("enrolment.file.unclosedQuote", 2)), roster.fileProblems());
            assertEquals(1, roster.rows().size());
        }
    }

    // ---------------------------------------------------------------- row problems

    @Nested
    class RowProblems {

        @Test
        void theCleanRowHasNoProblem() {
            RosterRow row = readRow(CLEAN);
            assertEquals(new RosterRow(2, "Иванова", "Анна", "Петровна", "anna@example.org", "+7 (3812) 22-33-44", 10,
                    "Школа № 1", OrganisationKind.BUDGET_INSTITUTION, "Учитель", List.of()), row);
        }

        @Test
        void cellsAreStrippedAndEmptyCellsAreNull() {
            RosterRow row = readRow("  Иванова\u00A0", "\tАнна ", "  ", " ANNA@Example.org ", " ", "Крутинский", "",
                    "  ", "");
            assertEquals(new RosterRow(2, "Иванова", "Анна", null, "anna@example.org", null, 10, null, null, null,
                    List.of()), row);
        }

        @Test
        void surnameGivenNameEmailAndDistrictAreRequired() {
            RosterRow row = readRow("", " ", "Петровна", "", "+7 3812 223344", "", "Школа", "НКО", "Учитель");
            assertEquals(List.of(problem("enrolment.row.missing", "surname"),
                    problem("enrolment.row.missing", "givenName"), problem("enrolment.row.missing", "email"),
                    problem("enrolment.row.missing", "district")), row.problems());
        }

        @Test
        void optionalCellsMayBeBlank() {
            RosterRow row = readRow("Иванова", "Анна", "", "anna@example.org", "", "Крутинский", "", "", "");
            assertEquals(List.of(), row.problems());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Иванов2", "-Иванов", "'Иванов", "Иван@ов", "Иванов!", "Иванов_", "И.О.Ф;"})
        void aSurnameThatIsNotLettersIsABadName(String surname) {
            assertEquals(List.of(problem("enrolment.row.badName", "surname")),
                    readRow(cleanWith(SURNAME, surname)).problems());
        }

        @Test
        void givenNameAndPatronymicAreCheckedToo() {
            String[] cells = cleanWith(GIVEN_NAME, "Анна1");
            cells[PATRONYMIC] = "Петровна (по мужу)";
            assertEquals(List.of(problem("enrolment.row.badName", "givenName"),
                    problem("enrolment.row.badName", "patronymic")), readRow(cells).problems());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Д'Артаньян", "Римский-Корсаков", "Анна Мария", "O’Neil", "Фёдоров", "Е\u0308лкин",
            "Оглы Д. Р.", "Müller"})
        void realNamesAreFine(String name) {
            String[] cells = cleanWith(SURNAME, name);
            cells[GIVEN_NAME] = name;
            cells[PATRONYMIC] = name;
            RosterRow row = readRow(cells);
            assertEquals(List.of(), row.problems());
            assertEquals(name, row.surname());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"0,surname,100", "1,givenName,100", "2,patronymic,100", "6,organisation,300", "8,position,200"})
        void textLongerThanItsColumnIsTooLongAndExactlyItsLengthIsFine(int column, String field, int max) {
            assertEquals(List.of(), readRow(cleanWith(column, "Я".repeat(max))).problems());
            assertEquals(List.of(problem("enrolment.row.tooLong", field, max)),
                    readRow(cleanWith(column, "Я".repeat(max + 1))).problems());
        }

        @Test
        void lengthIsCountedInCharactersNotUtf16Units() {
            // 100 mathematical letters outside the BMP: 200 chars in Java, 100 characters in the database.
            String name = "\uD835\uDD38".repeat(100);
            assertEquals(List.of(), readRow(cleanWith(SURNAME, name)).problems());
        }

        @Test
        void anEmailLongerThan254IsTooLong() {
            String fits = "a".repeat(242) + "@example.org";
            assertEquals(254, fits.length());
            assertEquals(List.of(), readRow(cleanWith(EMAIL, fits)).problems());
            assertEquals(List.of(problem("enrolment.row.tooLong", "email", 254)),
                    readRow(cleanWith(EMAIL, "a" + fits)).problems());
        }

        @Test
        void aPhoneLongerThan40IsTooLongAndBad() {
            String phone = "8".repeat(41);
            assertEquals(List.of(problem("enrolment.row.tooLong", "phone", 40), problem("enrolment.row.badPhone",
                    phone)), readRow(cleanWith(PHONE, phone)).problems());
        }

        @ParameterizedTest
        @ValueSource(strings = {"ivan.example.org", "ivan@example", "ivan petrov@example.org", "ivan@@example.org",
            "ivan@example.org,petr@example.org", "ivan@example.org; petr@example.org", "<ivan@example.org>",
            "\"ivan\"@example.org", "Иван Петров <ivan@example.org>", "@example.org", "ivan@.org"})
        void anAddressThatIsNotOneSaneAddressIsABadEmail(String email) {
            RosterRow row = readRow(cleanWith(EMAIL, email));
            assertEquals(List.of(problem("enrolment.row.badEmail", email.toLowerCase(Locale.ROOT))),
                    row.problems());
        }

        @Test
        void theEmailIsLowerCased() {
            RosterRow row = readRow(cleanWith(EMAIL, "Ivan.PETROV@Example.Org"));
            assertEquals("ivan.petrov@example.org", row.email());
            assertEquals(List.of(), row.problems());
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234", "8-912-ABC-45-67", "+7 912 345 67 89 доб. 12", "++79123456789", "8/912/3456789",
            "12345678901234567890123456"})
        void aPhoneWithOtherCharactersIsABadPhone(String phone) {
            assertEquals(List.of(problem("enrolment.row.badPhone", phone)), readRow(cleanWith(PHONE, phone)).problems());
        }

        @ParameterizedTest
        @ValueSource(strings = {"89123456789", "+7 (912) 345-67-89", "8 3812 22-33-44", "12345",
            "1234567890123456789012345"})
        void ordinaryPhonesAreFine(String phone) {
            RosterRow row = readRow(cleanWith(PHONE, phone));
            assertEquals(List.of(), row.problems());
            assertEquals(phone, row.phone());
        }

        @Test
        void anUnknownDistrictIsReportedAsWritten() {
            RosterRow row = readRow(cleanWith(DISTRICT, "  Новосибирский   район "));
            assertEquals(List.of(problem("enrolment.row.unknownDistrict", "Новосибирский   район")), row.problems());
            assertNull(row.districtId());
        }

        @Test
        void anUnknownOrganisationKindIsReportedAsWritten() {
            RosterRow row = readRow(cleanWith(KIND, "ООО"));
            assertEquals(List.of(problem("enrolment.row.unknownOrganisationKind", "ООО")), row.problems());
            assertNull(row.organisationKind());
        }

        @Test
        void aBlankOrganisationKindIsFine() {
            RosterRow row = readRow(cleanWith(KIND, " "));
            assertEquals(List.of(), row.problems());
            assertNull(row.organisationKind());
        }

        @Test
        void everyProblemOfARowIsReported() {
            RosterRow row = readRow("Иванов1", "", "Петрович", "ivan(at)example.org", "звонить вечером", "Марс",
                    "Школа", "ООО", "Я".repeat(201));
            assertEquals(List.of(problem("enrolment.row.missing", "givenName"),
                    problem("enrolment.row.tooLong", "position", 200),
                    problem("enrolment.row.badName", "surname"),
                    problem("enrolment.row.badEmail", "ivan(at)example.org"),
                    problem("enrolment.row.badPhone", "звонить вечером"),
                    problem("enrolment.row.unknownDistrict", "Марс"),
                    problem("enrolment.row.unknownOrganisationKind", "ООО")), row.problems());
        }

        @Test
        void aRepeatedEmailMarksOnlyTheLaterRowsAndNamesTheFirstLine() {
            String text = HEADER + "\r\n"
                    + csv(CLEAN) + "\r\n"
                    + csv(cleanWith(EMAIL, "other@example.org")) + "\r\n"
                    + csv(cleanWith(EMAIL, "ANNA@example.org")) + "\r\n"
                    + "\r\n"
                    + csv(cleanWith(EMAIL, " anna@EXAMPLE.org")) + "\r\n";
            Roster roster = reader.read(utf8(text));
            assertEquals(List.of(2, 3, 4, 6), lines(roster.rows()));
            assertEquals(List.of(), roster.rows().get(0).problems());
            assertEquals(List.of(), roster.rows().get(1).problems());
            assertEquals(List.of(problem("enrolment.row.duplicateEmail", "anna@example.org", 2)),
                    roster.rows().get(2).problems());
            assertEquals(List.of(problem("enrolment.row.duplicateEmail", "anna@example.org", 2)),
                    roster.rows().get(3).problems());
            assertEquals(List.of(4, 6), lines(roster.rowsWithProblems()));
        }
    }

    // ---------------------------------------------------------------- districts and organisation kinds

    @Nested
    class Districts {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                Крутинский                             | 10
                крутинский р-н                         | 10
                КРУТИНСКИЙ РАЙОН                       | 10
                Крутинский  муниципальный район        | 10
                Крутинский р-н.                        | 10
                Krutinsky District                     | 10
                krutinsky                              | 10
                Азовский                               | 1
                азовский немецкий национальный район   | 1
                Азовский немецкий национальный         | 1
                г. Омск                                | 33
                г.Омск                                 | 33
                Омск                                   | 33
                город Омск                             | 33
                City of Omsk                           | 33
                Омский                                 | 20
                Омский район                           | 20
                Черлакский                             | 31
                Шербакульский район                    | 32
                Усть-Ишимский                          | 30
                Русско-Полянский р-н                   | 23
                Нижнеомский                            | 16
                """)
        void aDistrictIsFoundByTheNamesPeopleWrite(String written, int id) {
            RosterRow row = readRow(cleanWith(DISTRICT, written));
            assertEquals(List.of(), row.problems());
            assertEquals(id, row.districtId());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Крутинск", "Крутинский край", "район", "Новосибирский район", "г.", "Омская область",
            "немецкий"})
        void anythingElseIsUnknown(String written) {
            RosterRow row = readRow(cleanWith(DISTRICT, written));
            assertEquals(List.of(problem("enrolment.row.unknownDistrict", written)), row.problems());
            assertNull(row.districtId());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Омск", "г. Омск", "город Омск", "ГОРОД ОМСК"})
        void theCityIsFoundWhenItsRussianNameIsSpelledOut(String written) {
            List<KnownDistrict> districts = new ArrayList<>(OMSK_REGION.subList(0, 32));
            districts.add(new KnownDistrict(33, "город Омск", "City of Omsk", "omsk"));
            Roster roster = new RosterReader(districts).read(utf8(HEADER + "\n" + csv(cleanWith(DISTRICT, written))));
            assertEquals(33, roster.rows().get(0).districtId());
        }

        @Test
        void aFirstWordSharedByTwoDistrictsFindsNeither() {
            RosterReader twoNew = new RosterReader(List.of(new KnownDistrict(1, "Новый первый район", "New 1", "n1"),
                    new KnownDistrict(2, "Новый второй район", "New 2", "n2"),
                    new KnownDistrict(3, "Старый район", "Old", "old")));
            Roster roster = twoNew.read(utf8(HEADER + "\n" + csv(cleanWith(DISTRICT, "Новый")) + "\n"
                    + csv(cleanWith(EMAIL, "b@example.org")).replace("Крутинский район", "Старый") + "\n"));
            assertEquals(List.of(problem("enrolment.row.unknownDistrict", "Новый")), roster.rows().get(0).problems());
            assertEquals(3, roster.rows().get(1).districtId());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Озерный", "Озёрный р-н", "ОЗЕРНЫЙ РАЙОН"})
        void eAndYoAreTheSameLetterInDistrictNames(String written) {
            // Most people type е for ё; an official name with ё must still be found.
            RosterReader withYo = new RosterReader(List.of(new KnownDistrict(7, "Озёрный район", "Ozyorny", "ozyorny")));
            Roster roster = withYo.read(utf8(HEADER + "\n" + csv(cleanWith(DISTRICT, written))));
            assertEquals(7, roster.rows().get(0).districtId());
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                бюджетное учреждение                | BUDGET_INSTITUTION
                Учреждение                          | BUDGET_INSTITUTION
                Муниципальное  учреждение           | BUDGET_INSTITUTION
                БЮДЖЕТНОЕ                           | BUDGET_INSTITUTION
                BUDGET_INSTITUTION                  | BUDGET_INSTITUTION
                НКО                                 | NGO
                Некоммерческая организация          | NGO
                общественная организация            | NGO
                АНО                                 | NGO
                ngo                                 | NGO
                Социальное предприятие              | SOCIAL_ENTERPRISE
                предприятие                         | SOCIAL_ENTERPRISE
                ИП                                  | SOCIAL_ENTERPRISE
                social_enterprise                   | SOCIAL_ENTERPRISE
                Администрация                       | LOCAL_ADMINISTRATION
                Администрация района                | LOCAL_ADMINISTRATION
                администрация поселения             | LOCAL_ADMINISTRATION
                Администрация района или поселения  | LOCAL_ADMINISTRATION
                Орган местного самоуправления       | LOCAL_ADMINISTRATION
                Local Administration                | LOCAL_ADMINISTRATION
                другое                              | OTHER
                Иное                                | OTHER
                ПРОЧЕЕ                              | OTHER
                OTHER                               | OTHER
                """)
        void anOrganisationKindIsFoundByItsRussianWordsOrItsName(String written, OrganisationKind kind) {
            RosterRow row = readRow(cleanWith(KIND, written));
            assertEquals(List.of(), row.problems());
            assertEquals(kind, row.organisationKind());
        }
    }

    // ---------------------------------------------------------------- files that are not rosters

    @Nested
    class WholeFiles {

        static Stream<Arguments> emptyFiles() {
            return Stream.of(
                    Arguments.of("no bytes", new byte[0]),
                    Arguments.of("null", null),
                    Arguments.of("a BOM only", bytes(0xEF, 0xBB, 0xBF)),
                    Arguments.of("blank lines", utf8("\r\n\n   \r\n\t\r")),
                    Arguments.of("empty cells", utf8(";;;;\r\n;;\r\n")),
                    Arguments.of("a header only", utf8(HEADER + "\r\n")),
                    Arguments.of("a header and blank lines", cp1251(HEADER + "\r\n\r\n;;;;;;;;\r\n  \r\n")),
                    Arguments.of("a UTF-16 header only",
                            concat(bytes(0xFF, 0xFE), "Фамилия\tИмя\tEmail\r\n".getBytes(StandardCharsets.UTF_16LE))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("emptyFiles")
        void aFileWithoutADataRowIsEmpty(String what, byte[] file) {
            Roster roster = new RosterReader(OMSK_REGION).read(file);
            assertEquals(List.of(new RosterProblem("enrolment.file.empty")), roster.fileProblems());
            assertEquals(List.of(), roster.rows());
            assertFalse(roster.acceptable());
        }

        @Test
        void aHeaderOnlyWithAMissingColumnSaysBoth() {
            Roster roster = reader.read(utf8("Фамилия;Имя\r\n"));
            assertEquals(List.of(problem("enrolment.file.missingColumn", "email"), problem("enrolment.file.empty")),
                    roster.fileProblems());
        }

        @Test
        void randomBytesWithNulsNamedCsvAreBinary() {
            byte[] file = new byte[4096];
            new Random(20260101).nextBytes(file);
            file[0] = 'A';
            file[100] = 0;
            Roster roster = reader.read(file);
            assertEquals(List.of(problem("enrolment.file.binary")), roster.fileProblems());
            assertEquals(List.of(), roster.rows());
            assertNull(roster.encoding());
            assertFalse(roster.acceptable());
        }

        @Test
        void aNulAmongTextIsBinary() {
            byte[] file = utf8(HEADER + "\r\n" + csv(CLEAN) + "\r\n");
            file[HEADER.length() + 5] = 0;
            assertEquals(List.of(problem("enrolment.file.binary")), reader.read(file).fileProblems());
        }

        @Test
        void aPdfIsBinary() {
            assertEquals(List.of(problem("enrolment.file.binary")),
                    reader.read(utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")).fileProblems());
        }

        @Test
        void manyControlCharactersWithoutANulAreBinary() {
            StringBuilder text = new StringBuilder(HEADER).append("\n").append(csv(CLEAN)).append("\n");
            int controls = text.length() / 10;
            for (int i = 0; i < controls; i++) {
                text.append((char) (1 + i % 8));
            }
            assertEquals(List.of(problem("enrolment.file.binary")), reader.read(utf8(text.toString())).fileProblems());
        }

        @Test
        void aFewControlCharactersAreNotBinary() {
            // Under 5%: a stray character pasted from another program must not reject the whole list.
            Roster roster = reader.read(utf8(HEADER + "\n" + csv(cleanWith(POSITION, "Учитель\u0007")) + "\n"));
            assertEquals(List.of(), roster.fileProblems());
            assertEquals("Учитель\u0007", roster.rows().get(0).position());
        }

        @Test
        void anXlsxIsASpreadsheet() {
            byte[] file = concat(bytes('P', 'K', 3, 4, 20, 0, 6, 0), utf8("[Content_Types].xml"), new byte[64]);
            Roster roster = reader.read(file);
            assertEquals(List.of(problem("enrolment.file.spreadsheet")), roster.fileProblems());
            assertEquals(List.of(), roster.rows());
            assertFalse(roster.acceptable());
        }

        @Test
        void anOldXlsIsASpreadsheet() {
            byte[] file = concat(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), new byte[504]);
            assertEquals(List.of(problem("enrolment.file.spreadsheet")), reader.read(file).fileProblems());
        }

        @Test
        void moreThanMaxRowsIsTooManyAndGivesNoRows() {
            Roster roster = reader.read(utf8(rows(RosterReader.MAX_ROWS + 1)));
            assertEquals(List.of(problem("enrolment.file.tooManyRows", RosterReader.MAX_ROWS)), roster.fileProblems());
            assertEquals(List.of(), roster.rows());
            assertFalse(roster.acceptable());
        }

        @Test
        void exactlyMaxRowsAfterAHeaderIsFine() {
            Roster roster = reader.read(utf8(rows(RosterReader.MAX_ROWS)));
            assertEquals(List.of(), roster.fileProblems());
            assertEquals(RosterReader.MAX_ROWS, roster.rows().size());
            assertTrue(roster.acceptable());
        }

        /** HEADER and that many clean rows with distinct e-mails. */
        private static String rows(int count) {
            StringBuilder text = new StringBuilder(HEADER).append("\r\n");
            for (int i = 1; i <= count; i++) {
                text.append(csv(cleanWith(EMAIL, "t" + i + "@example.org"))).append("\r\n");
            }
            return text.toString();
        }

        @Test
        void fiveThousandRowsInWindows1251WithThreeBadOnes() {
            String[] kinds = {"Бюджетное учреждение", "НКО", "ИП", "Администрация района", "", "Другое"};
            StringBuilder text = new StringBuilder();
            for (int n = 1; n <= 5000; n++) {
                String[] cells = {"Фёдорова", "Алёна", "Семёновна", "trainee" + n + "@example.org", "8 3812 " + n,
                    OMSK_REGION.get(n % OMSK_REGION.size()).nameRu(), "Учреждение № " + n, kinds[n % kinds.length],
                    "Специалист"};
                if (n == 17) {
                    cells[EMAIL] = "trainee17.example.org";
                } else if (n == 2500) {
                    cells[DISTRICT] = "Нет такого района";
                } else if (n == 4999) {
                    cells[EMAIL] = "Trainee3@example.org";
                }
                text.append(csv(cells)).append("\r\n");
            }
            Roster roster = reader.read(cp1251(text.toString()));
            assertEquals(WINDOWS_1251, roster.encoding());
            assertFalse(roster.header());
            assertEquals(List.of(), roster.fileProblems());
            assertEquals(5000, roster.rows().size());
            assertEquals("Фёдорова", roster.rows().get(4000).surname());
            assertEquals(4001, roster.rows().get(4000).line());
            assertEquals(List.of(17, 2500, 4999), lines(roster.rowsWithProblems()));
            assertEquals(List.of(
                    List.of(problem("enrolment.row.badEmail", "trainee17.example.org")),
                    List.of(problem("enrolment.row.unknownDistrict", "Нет такого района")),
                    List.of(problem("enrolment.row.duplicateEmail", "trainee3@example.org", 3))),
                    roster.rowsWithProblems().stream().map(RosterRow::problems).toList());
            assertFalse(roster.acceptable());
        }
    }

    // ---------------------------------------------------------------- acceptable()

    @Nested
    class Acceptable {

        @Test
        void aCleanFileIsAcceptable() {
            Roster roster = reader.read(cp1251(HEADER + "\r\n" + csv(CLEAN) + "\r\n"
                    + csv(cleanWith(EMAIL, "b@example.org")) + "\r\n"));
            assertEquals(List.of(), roster.rowsWithProblems());
            assertTrue(roster.acceptable());
        }

        @Test
        void oneBadRowMakesTheFileUnacceptable() {
            Roster roster = reader.read(cp1251(HEADER + "\r\n" + csv(CLEAN) + "\r\n"
                    + csv(cleanWith(EMAIL, "b@example")) + "\r\n"));
            assertEquals(List.of(3), lines(roster.rowsWithProblems()));
            assertFalse(roster.acceptable());
        }

        @Test
        void aRosterWithoutRowsIsNotAcceptableEvenWithoutProblems() {
            assertFalse(new Roster(StandardCharsets.UTF_8, ';', true, List.of(), List.of()).acceptable());
        }

        @Test
        void aFileProblemAloneMakesItUnacceptable() {
            RosterRow clean = readRow(CLEAN);
            assertTrue(new Roster(StandardCharsets.UTF_8, ';', true, List.of(clean), List.of()).acceptable());
            assertFalse(new Roster(StandardCharsets.UTF_8, ';', true, List.of(clean),
                    List.of(problem("enrolment.file.unclosedQuote", 3))).acceptable());
        }
    }

    // ---------------------------------------------------------------- problems themselves

    @Test
    void problemsWithTheSameKeyAndArgumentsAreEqual() {
        assertEquals(problem("enrolment.row.tooLong", "surname", 100), problem("enrolment.row.tooLong", "surname", 100));
        assertEquals(problem("enrolment.row.tooLong", "surname", 100).hashCode(),
                problem("enrolment.row.tooLong", "surname", 100).hashCode());
        assertNotEquals(problem("enrolment.row.tooLong", "surname", 100),
                problem("enrolment.row.tooLong", "surname", 101));
    }

    @Test
    void aProblemCannotBeChangedAfterItIsReported() {
        Object[] args = {"surname"};
        RosterProblem problem = new RosterProblem("enrolment.row.missing", args);
        args[0] = "email";
        problem.args()[0] = "email";
        assertEquals("surname", problem.args()[0]);
    }

    @Test
    void aProblemWithoutATextCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new RosterProblem("enrolment.row.noSuchProblem"));
    }
}
