package ru.ciss.lms.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import ru.ciss.lms.people.Gender;
import ru.ciss.lms.people.GenderedWords;

class GenderedWordsTest {

    @Test
    void thePatronymicSuggestsAGenderOnlyWhereItTells() {
        assertEquals(Gender.MALE, GenderedWords.suggest("Иванович"));
        assertEquals(Gender.MALE, GenderedWords.suggest(" Ильич "));
        assertEquals(Gender.MALE, GenderedWords.suggest("Мамед оглы"));
        assertEquals(Gender.FEMALE, GenderedWords.suggest("Петровна"));
        assertEquals(Gender.FEMALE, GenderedWords.suggest("Ильинична"));
        assertEquals(Gender.FEMALE, GenderedWords.suggest("Алиева кызы"));
        assertEquals(Gender.FEMALE, GenderedWords.suggest("СЕМЁНОВНА"));
        assertNull(GenderedWords.suggest(null));
        assertNull(GenderedWords.suggest(" "));
        assertNull(GenderedWords.suggest("Smith"), "a guess would print a wrong word");
    }

    @Test
    void aGenderSetWinsOverThePatronymic() {
        assertEquals(Gender.MALE, GenderedWords.of(Gender.MALE, "Петровна"));
        assertEquals(Gender.FEMALE, GenderedWords.of(null, "Петровна"));
        assertNull(GenderedWords.of(null, null));
    }

    @Test
    void wordsFitThePersonAndStayNeutralWhenUnknown() {
        assertEquals("прошла", GenderedWords.passed(Gender.FEMALE));
        assertEquals("прошёл", GenderedWords.passed(Gender.MALE));
        assertEquals("прошёл(а)", GenderedWords.passed(null));
        assertEquals("people.inactive.female", GenderedWords.key("people.inactive", Gender.FEMALE));
        assertEquals("people.inactive.male", GenderedWords.key("people.inactive", Gender.MALE));
        assertEquals("people.inactive", GenderedWords.key("people.inactive", null));
    }
}
