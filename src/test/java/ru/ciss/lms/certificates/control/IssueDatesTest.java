package ru.ciss.lms.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.certificates.CertificateRefusedException;

/**
 * The turn of the year with a fixed clock (issue #21, point 15): Omsk is UTC+6, so 18:00 UTC on 31 December is
 * already the new year at the school, whatever zone the server runs in.
 */
class IssueDatesTest {

    /** 23:59 on 31.12.2026 in Omsk. */
    private static final Clock BEFORE_MIDNIGHT = Clock.fixed(Instant.parse("2026-12-31T17:59:00Z"), ZoneOffset.UTC);
    /** 00:05 on 01.01.2027 in Omsk, still 31 December in UTC and on a server in Moscow. */
    private static final Clock AFTER_MIDNIGHT = Clock.fixed(Instant.parse("2026-12-31T18:05:00Z"), ZoneOffset.UTC);

    @Test
    void aBulkIssueStartedBeforeMidnightPrintsTheOldYearsDateOnEveryBatchAfterMidnight() {
        LocalDate decided = IssueDates.forBulk(null, LocalDate.of(2026, 12, 20), BEFORE_MIDNIGHT);
        assertEquals(LocalDate.of(2026, 12, 31), decided);
        // The job's counter is the one of the decided date's year; a batch run after midnight keeps both.
        assertEquals(LocalDate.of(2026, 12, 31), IssueDates.underLock(decided, decided.getYear(), AFTER_MIDNIGHT));
    }

    @Test
    void theSchoolsDateDecidesNotTheServers() {
        assertEquals(LocalDate.of(2027, 1, 1), IssueDates.forBulk(null, LocalDate.of(2026, 12, 20), AFTER_MIDNIGHT));
        // "31.12.2026" typed at 00:05 on New Year's night in Omsk is yesterday: allowed, and numbered in 2026.
        assertEquals(LocalDate.of(2026, 12, 31),
                IssueDates.forBulk(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 20), AFTER_MIDNIGHT));
        // "01.01.2027" typed at 23:59 on 31 December in Omsk is the future there.
        assertEquals("certificates.refused.dateFuture", assertThrows(CertificateRefusedException.class,
                () -> IssueDates.forBulk(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 20), BEFORE_MIDNIGHT))
                .messageKey());
    }

    @Test
    void anUndatedIssueWhoseCounterWasTakenBeforeMidnightIsRefusedNotMisnumbered() {
        assertEquals("certificates.refused.yearTurned", assertThrows(CertificateRefusedException.class,
                () -> IssueDates.underLock(null, 2026, AFTER_MIDNIGHT)).messageKey());
        assertEquals(LocalDate.of(2026, 12, 31), IssueDates.underLock(null, 2026, BEFORE_MIDNIGHT));
    }

    @Test
    void aDateBeforeTheCohortsEndIsRefusedButTodayIsAlwaysAllowed() {
        assertEquals("certificates.refused.dateBeforeEnd", assertThrows(CertificateRefusedException.class,
                () -> IssueDates.forBulk(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), BEFORE_MIDNIGHT))
                .messageKey());
        assertEquals(LocalDate.of(2026, 12, 31),
                IssueDates.forBulk(null, LocalDate.of(2027, 3, 1), BEFORE_MIDNIGHT));
    }
}
