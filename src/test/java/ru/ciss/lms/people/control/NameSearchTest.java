package ru.ciss.lms.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSearchTest {

    @Test
    void lowerCaseAndYoAsYe() {
        assertEquals("соловьев николай михайлович", NameSearch.normalise("СОЛОВЬЁВ Николай Михайлович"));
        assertEquals("соловьев", NameSearch.normalise("Соловьев"));
        assertEquals(NameSearch.normalise("Соловьёв"), NameSearch.normalise("Соловьев"), "ё and е compare equal");
    }

    @Test
    void aDecomposedYoIsComposedFirst() {
        assertEquals("артем", NameSearch.normalise("Арте\u0308м"), "е + combining diaeresis, as some pasted text has it");
    }

    @Test
    void eachWordIsAPatternInAnyOrder() {
        assertEquals(List.of("%николай%", "%соловьев%"), NameSearch.likePatterns(" Николай\u00a0 Соловьёв, "));
        assertEquals(List.of("%соловьев%", "%николай%", "%михайлович%"),
                NameSearch.likePatterns("Соловьёв Николай Михайлович"));
    }

    @Test
    void wildcardsAreLiteralAndBlankIsNothing() {
        assertEquals(List.of("%50\\%%", "%a\\_b%"), NameSearch.likePatterns("50% a_b"));
        assertTrue(NameSearch.likePatterns("  \t ").isEmpty());
        assertTrue(NameSearch.likePatterns(null).isEmpty());
        assertEquals(NameSearch.MAX_WORDS, NameSearch.likePatterns("а б в г д е ж з").size());
    }
}
