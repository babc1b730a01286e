package ru.ciss.lms.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Moments as Russians write them, in the school's time zone (Omsk, UTC+6), whatever the server's zone:
 * {@code #{time.of(consent.givenAt)}} gives "27.11.2026 14:05".
 */
@Named("time")
@ApplicationScoped
public class TimeFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(SchoolClock.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(SchoolClock.ZONE);

    public String of(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    /** A calendar date (no time, no zone): "01.03.2019". */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateOf(Instant moment) {
        return moment == null ? "" : DATE.format(moment);
    }
}
