package ru.ciss.lms.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * "Today" at the school (Omsk) for a test that needs it to stay today while the test runs.
 *
 * <p>Why: a test that makes a session day for today and then opens its check-in screen failed in CI when Omsk's
 * midnight fell between the two steps (the screen refused a day that was no longer today). Near midnight this waits
 * until the new day has begun, so the test's whole run falls within one school day.
 */
public final class SchoolToday {

    public static final ZoneId OMSK = ZoneId.of("Asia/Omsk");

    /** Longer than any single test class takes on a busy machine. */
    static final Duration MARGIN = Duration.ofMinutes(3);

    private SchoolToday() {
    }

    /** Today in Omsk, with at least {@link #MARGIN} of it still ahead (waits past midnight when less is left). */
    public static LocalDate forAWhile() {
        ZonedDateTime now = ZonedDateTime.now(OMSK);
        Duration left = leftOfTheDay(now);
        if (left.compareTo(MARGIN) >= 0) {
            return now.toLocalDate();
        }
        try {
            Thread.sleep(left.plusSeconds(1).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Omsk's midnight", e);
        }
        return LocalDate.now(OMSK);
    }

    static Duration leftOfTheDay(ZonedDateTime now) {
        return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()));
    }
}
