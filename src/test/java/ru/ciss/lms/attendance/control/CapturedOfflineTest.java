package ru.ciss.lms.attendance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CapturedOfflineTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void aCodeTypedAWhileAgoCountsFromThenAndANegativeAgeCountsAsNow() {
        assertEquals(NOW.minusSeconds(300), CapturedOffline.capturedAt(NOW, 300_000));
        assertEquals(NOW, CapturedOffline.capturedAt(NOW, 0));
        assertEquals(NOW, CapturedOffline.capturedAt(NOW, -5_000), "a clock set back meanwhile");
        assertTrue(CapturedOffline.capturedAt(NOW, Long.MAX_VALUE).isBefore(NOW), "an absurd age: long ago, no error");
    }

    @Test
    void sentLateFromNinetySecondsOn() {
        assertFalse(CapturedOffline.delayed(NOW.minusSeconds(90), NOW));
        assertTrue(CapturedOffline.delayed(NOW.minusSeconds(91), NOW));
        assertFalse(CapturedOffline.delayed(NOW, NOW));
    }
}
