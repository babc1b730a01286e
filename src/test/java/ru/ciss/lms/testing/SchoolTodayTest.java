package ru.ciss.lms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SchoolTodayTest {

    @Test
    void whatIsLeftOfTheDayIsCountedToOmsksMidnightNotTheServers() {
        ZonedDateTime lateEvening = LocalDate.of(2026, 12, 6).atTime(23, 58, 30).atZone(SchoolToday.OMSK);
        assertEquals(Duration.ofSeconds(90), SchoolToday.leftOfTheDay(lateEvening));
        assertTrue(SchoolToday.leftOfTheDay(lateEvening).compareTo(SchoolToday.MARGIN) < 0, "this one waits");
        ZonedDateTime morning = LocalDate.of(2026, 12, 7).atTime(9, 0).atZone(SchoolToday.OMSK);
        assertEquals(Duration.ofHours(15), SchoolToday.leftOfTheDay(morning));
    }

    @Test
    void todayIsReturnedWithTheMarginStillAhead() {
        LocalDate today = SchoolToday.forAWhile();
        ZonedDateTime now = ZonedDateTime.now(SchoolToday.OMSK);
        assertEquals(now.toLocalDate(), today);
        assertTrue(SchoolToday.leftOfTheDay(now).compareTo(SchoolToday.MARGIN.minusSeconds(5)) > 0);
    }
}
