package ru.ciss.lms.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.assignments.SubmissionState;

class NativeRowsTest {

    @Test
    void driverTypesBecomeWhatPagesWant() {
        assertEquals(7L, NativeRows.asLong(7));
        assertEquals(7L, NativeRows.asLong(java.math.BigInteger.valueOf(7)));
        assertEquals(3, NativeRows.asInt(3L));
        assertEquals(LocalDate.of(2026, 12, 6), NativeRows.asDate(java.sql.Date.valueOf("2026-12-06")));
        assertEquals(LocalDate.of(2026, 12, 6), NativeRows.asDate(LocalDate.of(2026, 12, 6)));
        assertEquals(LocalTime.of(10, 30), NativeRows.asTime(java.sql.Time.valueOf("10:30:00")));
        assertEquals(SubmissionState.SUBMITTED, NativeRows.asEnum(SubmissionState.class, "SUBMITTED"));
        assertEquals(true, NativeRows.asBoolean(Boolean.TRUE));
        assertEquals(true, NativeRows.asBoolean(1));
        assertEquals(false, NativeRows.asBoolean((byte) 0));
        assertEquals(false, NativeRows.asBoolean(null));
        java.time.Instant at = java.time.Instant.parse("2026-12-06T07:30:15.250Z");
        assertEquals(at, NativeRows.asInstant(java.sql.Timestamp.from(at)));
        assertEquals(at, NativeRows.asInstant(at));
        assertEquals(at, NativeRows.asInstant(java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.systemDefault())));
        assertNull(NativeRows.asInstant(null));
        assertNull(NativeRows.asLong(null));
        assertNull(NativeRows.asDate(null));
        assertNull(NativeRows.asEnum(SubmissionState.class, null));
    }

    @Test
    void anInListHasOnePlaceholderPerValueAndNeverNone() {
        assertEquals("?, ?, ?", NativeRows.placeholders(List.of(1L, 2L, 3L)));
        assertEquals("?", NativeRows.placeholders(List.of(1L)));
        assertThrows(IllegalArgumentException.class, () -> NativeRows.placeholders(List.of()));
    }
}
