package ru.ciss.lms.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.course.entity.CohortMember;
import ru.ciss.lms.platform.security.Role;

class SchoolClockTest {

    @AfterEach
    void realTimeAgain() {
        SchoolClock.reset();
    }

    @Test
    void theSchoolsZoneIsOmskUnlessConfigured() {
        assertEquals(ZoneId.of("Asia/Omsk"), SchoolClock.zoneFrom(k -> null, k -> null));
        assertEquals(ZoneId.of("Asia/Novosibirsk"),
                SchoolClock.zoneFrom(k -> null, Map.of("LMS_SCHOOL_ZONE", "Asia/Novosibirsk")::get));
        assertEquals(ZoneId.of("Europe/Moscow"), SchoolClock.zoneFrom(
                Map.of("lms.school.zone", "Europe/Moscow")::get, Map.of("LMS_SCHOOL_ZONE", "Asia/Novosibirsk")::get),
                "the system property wins, as in MicroProfile Config");
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> SchoolClock.zoneFrom(k -> null, Map.of("LMS_SCHOOL_ZONE", "Omsk")::get));
        assertTrue(wrong.getMessage().contains("LMS_SCHOOL_ZONE") && wrong.getMessage().contains("Omsk"),
                wrong::getMessage);
    }

    @Test
    void todayTurnsAtMidnightInOmskNotAtTheServersMidnight() {
        SchoolClock clock = new SchoolClock();
        // 23:59 in Omsk is 17:59 UTC: still the 4th at the school, though a server in UTC would agree...
        SchoolClock.set(Clock.fixed(Instant.parse("2026-12-04T17:59:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 12, 4), clock.today());
        // ...and one minute later the school is in the 5th while a UTC server is still in the 4th.
        SchoolClock.set(Clock.fixed(Instant.parse("2026-12-04T18:00:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 12, 5), clock.today());
        assertEquals(LocalDate.of(2026, 12, 4), LocalDate.ofInstant(clock.now(), ZoneOffset.UTC));
    }

    @Test
    void theYearTurnsInOmskSixHoursBeforeUtc() {
        SchoolClock clock = new SchoolClock();
        SchoolClock.set(Clock.fixed(Instant.parse("2026-12-31T17:59:59Z"), ZoneId.of("Europe/Moscow")));
        assertEquals(2026, clock.today().getYear());
        SchoolClock.set(Clock.fixed(Instant.parse("2026-12-31T18:00:00Z"), ZoneId.of("Europe/Moscow")));
        assertEquals(LocalDate.of(2027, 1, 1), clock.today(), "the year of a certificate issued at 00:00 in Omsk");
    }

    @Test
    void entitiesTakeTheirTimeFromTheSameClock() {
        // An entity cannot be injected into; it reads SchoolClock.current(), which set(..) fixes as well.
        SchoolClock.set(Clock.fixed(Instant.parse("2026-12-31T17:59:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 12, 31), new CohortMember(null, 1L, Role.TRAINEE).getEnrolledOn(),
                "enrolled at 23:59 in Omsk on New Year's Eve");
        SchoolClock.set(Clock.fixed(Instant.parse("2026-12-31T18:00:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2027, 1, 1), new CohortMember(null, 1L, Role.TRAINEE).getEnrolledOn(),
                "enrolled at midnight in Omsk, while a server in UTC still has 18:00 of the 31st");
        assertEquals(Instant.parse("2026-12-31T18:00:00Z"), new SchoolClock().now(), "the injected clock is the same");
    }
}
