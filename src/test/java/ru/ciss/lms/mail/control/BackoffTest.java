package ru.ciss.lms.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theDelayDoublesFromOneMinute() {
        assertEquals(Duration.ofMinutes(1), Backoff.after(1));
        assertEquals(Duration.ofMinutes(2), Backoff.after(2));
        assertEquals(Duration.ofMinutes(4), Backoff.after(3));
        assertEquals(Duration.ofMinutes(8), Backoff.after(4));
        assertEquals(Duration.ofMinutes(256), Backoff.after(9));
    }

    @Test
    void theDelayStopsAtSixHoursAndDoesNotOverflow() {
        assertEquals(Duration.ofHours(6), Backoff.after(10));
        assertEquals(Duration.ofHours(6), Backoff.after(Backoff.MAX_ATTEMPTS));
        assertEquals(Duration.ofHours(6), Backoff.after(64));
        assertEquals(Duration.ofHours(6), Backoff.after(Integer.MAX_VALUE));
    }

    @Test
    void thereIsNoDelayBeforeAnyFailure() {
        assertThrows(IllegalArgumentException.class, () -> Backoff.after(0));
        assertThrows(IllegalArgumentException.class, () -> Backoff.after(-1));
    }

    @Test
    void itGivesUpAfterTheLastAttemptOnly() {
        assertFalse(Backoff.givesUp(0));
        assertFalse(Backoff.givesUp(Backoff.MAX_ATTEMPTS - 1));
        assertTrue(Backoff.givesUp(Backoff.MAX_ATTEMPTS));
        assertTrue(Backoff.givesUp(Backoff.MAX_ATTEMPTS + 1));
    }

    @Test
    void allTheWaitsTogetherAreAboutThreeDays() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed < Backoff.MAX_ATTEMPTS; failed++) {
            total = total.plus(Backoff.after(failed));
        }
        assertTrue(total.compareTo(Duration.ofHours(60)) > 0 && total.compareTo(Duration.ofHours(84)) < 0,
                "between 2.5 and 3.5 days, was " + total);
    }
}
