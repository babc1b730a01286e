package ru.ciss.lms.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FullNameTest {

    @Test
    void surnameGivenNamePatronymicWithYoKept() {
        assertEquals("Семёнова Наталья Алексеевна", FullName.of("Семёнова", "Наталья", "Алексеевна"));
    }

    @Test
    void missingOrBlankPartsLeaveNoDoubleOrTrailingSpace() {
        assertEquals("Семёнова Наталья", FullName.of("Семёнова", "Наталья", null));
        assertEquals("Семёнова Наталья", FullName.of("Семёнова", "Наталья", "  "));
        assertEquals("Наталья", FullName.of(null, "Наталья", ""));
        assertEquals("", FullName.of(null, null, null));
    }

    @Test
    void spacesAroundAPartAreDropped() {
        assertEquals("Семёнова Наталья", FullName.of(" Семёнова ", "Наталья ", null));
    }
}
