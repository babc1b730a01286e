package ru.ciss.lms.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moments as Russians write them, in the school's time zone (Omsk, UTC+6), whatever the server's zone:
 * {@code #{time.of(consent.givenAt)}} gives "27.11.2026 14:05".
 */
@Named("time")
@ApplicationScoped
public class TimeFormat {

    public static final ZoneId SCHOOL_ZONE = ru.ciss.lms.platform.time.SchoolClock.ZONE;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(SCHOOL_ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(SCHOOL_ZONE);

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
