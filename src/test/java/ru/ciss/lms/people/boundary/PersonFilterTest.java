package ru.ciss.lms.people.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonFilterTest {

    @Test
    void usersWildcardsAreTakenLiterally() {
        assertEquals(java.util.List.of("%50\\%\\_скидка%"), new PersonFilter("  50%_Скидка ", null, null, false).likePatterns());
    }

    @Test
    void blankTextFiltersNothing() {
        assertFalse(new PersonFilter("   ", null, null, false).hasText());
    }

    @Test
    void passwordPolicy() {
        assertEquals("people.password.tooShort", PasswordPolicy.problem("short"));
        assertEquals("people.password.tooShort", PasswordPolicy.problem("        "));
        assertEquals("people.password.tooLong", PasswordPolicy.problem("x".repeat(129)));
        assertNull(PasswordPolicy.problem("достаточно-длинный"));
    }
}
