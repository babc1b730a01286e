package ru.ciss.lms.outcomes.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutcomeRemindersTest {

    @Test
    void aReminderIsDueOnItsDayAndForTwoWeeksAfterOnly() {
        LocalDate day = LocalDate.of(2026, 4, 30); // three months after a cohort that ended on 31 January
        assertFalse(OutcomeReminders.isDue(day, day.minusDays(1)));
        assertTrue(OutcomeReminders.isDue(day, day));
        assertTrue(OutcomeReminders.isDue(day, day.plusDays(OutcomeReminders.LATE_DAYS)));
        assertFalse(OutcomeReminders.isDue(day, day.plusDays(OutcomeReminders.LATE_DAYS + 1)));
        assertTrue(OutcomeReminders.isDue(LocalDate.of(2026, 1, 31).plusMonths(3), day),
                "a cohort ending on the 31st is reminded on the last day of the shorter month");
    }
}
