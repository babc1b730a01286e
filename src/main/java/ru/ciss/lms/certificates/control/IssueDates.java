package ru.ciss.lms.certificates.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ru.ciss.lms.certificates.CertificateRefusedException;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Which date a certificate carries, by the school's calendar (Omsk), whatever zone the server runs in. The year of
 * the number is always the year of this date: a bulk issue decides its date once, when it starts, and every batch
 * prints that date, so a job running past midnight of 31 December never prints a new-year date on an old-year
 * number, nor the other way round.
 */
public final class IssueDates {

    private IssueDates() {
    }

    /**
     * The date of a bulk issue, decided when it starts.
     *
     * @param requested null: today. Today is always allowed (a running cohort's certificates were issued so before);
     *                  another date must lie between the cohort's end and today
     */
    public static LocalDate forBulk(LocalDate requested, LocalDate cohortEndsOn, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(SchoolClock.ZONE));
        LocalDate date = requested == null ? today : requested;
        if (date.isAfter(today)) {
            throw new CertificateRefusedException("certificates.refused.dateFuture");
        }
        if (!date.equals(today) && cohortEndsOn != null && date.isBefore(cohortEndsOn)) {
            throw new CertificateRefusedException("certificates.refused.dateBeforeEnd",
                    cohortEndsOn.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        }
        return date;
    }

    /**
     * The date printed on the certificate, decided after the counter row is locked: the number's year and the date's
     * year are then the same by construction. An issue without a date of its own (one trainee, today) whose counter
     * was made sure of before midnight and locked after it is refused, to be tried again, rather than given a
     * mismatched number.
     */
    static LocalDate underLock(LocalDate issuedOn, int counterYear, Clock clock) {
        LocalDate date = issuedOn != null ? issuedOn : LocalDate.now(clock.withZone(SchoolClock.ZONE));
        if (date.getYear() != counterYear) {
            throw new CertificateRefusedException("certificates.refused.yearTurned");
        }
        return date;
    }
}
