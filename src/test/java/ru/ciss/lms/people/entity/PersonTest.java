package ru.ciss.lms.people.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void fullNameIsSurnameGivenNamePatronymicWithYoKept() {
        Person p = new Person();
        p.setSurname("  Семёнова ");
        p.setGivenName("Наталья");
        p.setPatronymic("Алексеевна");
        assertEquals("Семёнова Наталья Алексеевна", p.getFullName());
        p.setPatronymic("   ");
        assertNull(p.getPatronymic(), "a blank patronymic is no patronymic");
        assertEquals("Семёнова Наталья", p.getFullName());
    }

    @Test
    void emailIsStoredTrimmedAndLowerCase() {
        Person p = new Person();
        p.setEmail("  Natalia.Semyonova@Example.ORG ");
        assertEquals("natalia.semyonova@example.org", p.getEmail());
    }

    @Test
    void namesAreLettersHyphensAndApostrophesNotMarkupOrSql() {
        Pattern name = Pattern.compile(Person.NAME);
        assertTrue(name.matcher("Салтыков-Щедрин").matches());
        assertTrue(name.matcher("Д'Артаньян").matches());
        assertTrue(name.matcher("Ёлкина").matches());
        assertFalse(name.matcher("<script>alert(1)</script>").matches());
        assertFalse(name.matcher("Robert'); DROP TABLE person;--").matches());
        assertFalse(name.matcher("-Иванов").matches());
    }

    @Test
    void languageDefaultsToRussian() {
        assertEquals(Language.RU, Language.of(null));
        assertEquals(Language.RU, Language.of("de"));
        assertEquals(Language.EN, Language.of("en-GB"));
    }
}
