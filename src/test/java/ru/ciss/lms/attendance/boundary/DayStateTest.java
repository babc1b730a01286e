package ru.ciss.lms.attendance.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.attendance.AttendanceRate;
import ru.ciss.lms.attendance.AttendanceRate.DayState;
import ru.ciss.lms.attendance.control.Trainees;

/**
 * An unmarked day counts against a trainee only once it is over: today's day, still going on, lies ahead. A trainee
 * enrolled this morning was shown «под угрозой по посещаемости» at once for the day in progress.
 */
class DayStateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Trainees.Trainee ENROLLED_TODAY = new Trainees.Trainee(1, "Абрамова Ольга Ивановна", null, null,
            TODAY.atStartOfDay(ZoneId.of("Asia/Omsk")).toInstant(), null, ru.ciss.lms.people.Gender.FEMALE);

    @Test
    void todaysUnmarkedDayIsStillAhead() {
        assertEquals(DayState.UPCOMING, CohortAttendance.state(ENROLLED_TODAY, TODAY, null, TODAY));
        assertEquals(DayState.UPCOMING, CohortAttendance.state(ENROLLED_TODAY, TODAY.plusDays(1), null, TODAY));
        assertEquals(DayState.NOT_MARKED, CohortAttendance.state(ENROLLED_TODAY, TODAY, null, TODAY.plusDays(1)),
                "from tomorrow an unmarked day counts as missed");
    }

    @Test
    void aTraineeEnrolledThisMorningIsNotAtRiskForTheDayInProgress() {
        AttendanceRate.Result result = AttendanceRate.of(List.of(
                CohortAttendance.state(ENROLLED_TODAY, TODAY, null, TODAY),
                CohortAttendance.state(ENROLLED_TODAY, TODAY.plusDays(1), null, TODAY)), new AttendanceRate.Rule(75, false));
        assertEquals(0, result.heldDays());
        assertEquals(2, result.upcoming());
        assertFalse(result.atRisk(), () -> "at risk: " + result);
    }
}
