package ru.ciss.lms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

    private final ThrottleRule rule = new ThrottleRule(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-03-12T04:00:00Z");

    /** Failures at the given minutes before now, newest first. */
    private List<Instant> failuresMinutesAgo(int... minutes) {
        List<Instant> list = new ArrayList<>();
        for (int m : minutes) {
            list.add(now.minus(Duration.ofMinutes(m)));
        }
        return list;
    }

    @Test
    void fourFailuresDoNotLock() {
        assertTrue(rule.lockedUntil(failuresMinutesAgo(0, 1, 2, 3), now).isEmpty());
    }

    @Test
    void fiveFailuresInABurstLockForFifteenMinutesFromTheLast() {
        Optional<Instant> until = rule.lockedUntil(failuresMinutesAgo(1, 2, 3, 4, 5), now);
        assertEquals(Optional.of(now.plus(Duration.ofMinutes(14))), until);
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        assertTrue(rule.lockedUntil(failuresMinutesAgo(15, 16, 17, 18, 19), now).isEmpty());
    }

    @Test
    void failuresSpreadOverHoursDoNotLock() {
        assertTrue(rule.lockedUntil(failuresMinutesAgo(0, 10, 20, 30, 40), now).isEmpty());
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(0, Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(5, Duration.ZERO));
    }
}
