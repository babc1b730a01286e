package ru.ciss.lms.attendance.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ru.ciss.lms.attendance.SessionFormat;
import ru.ciss.lms.platform.time.SchoolClock;

/** Read models of sessions and their days, each list filled by a fixed number of queries. */
public final class SessionViews {

    public record DayRow(Long dayId, Long sessionId, Long cohortId, String cohortName, String sessionTitle,
                         SessionFormat format, String place, String link, LocalDate day, LocalTime startsAt,
                         LocalTime endsAt, String agenda, java.time.Instant cancelledAt, String cancelReason,
                         long version) implements Serializable {
        /** A cancelled day stays in the calendar, marked so, and leaves every attendance figure. */
        public boolean cancelled() {
            return cancelledAt != null;
        }

        /** Days that count: the ones not cancelled. */
        public static List<DayRow> held(List<DayRow> days) {
            return days.stream().filter(d -> !d.cancelled()).toList();
        }

        /** The day's start as a moment: its date and time are Omsk's. */
        public java.time.Instant start() {
            return day.atTime(startsAt).atZone(SchoolClock.ZONE).toInstant();
        }

        public java.time.Instant end() {
            return day.atTime(endsAt).atZone(SchoolClock.ZONE).toInstant();
        }
    }

    public record SessionRow(Long id, String title, SessionFormat format, String place, String link, long version,
                             List<DayRow> days) implements Serializable {
    }

    private SessionViews() {
    }
}
