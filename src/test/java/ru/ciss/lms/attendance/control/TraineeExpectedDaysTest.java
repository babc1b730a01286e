package ru.ciss.lms.attendance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #19: a trainee is expected from the enrolment day to the day they left, both included. */
class TraineeExpectedDaysTest {

    @ParameterizedTest(name = "enrolled {0}, left {1}: expected on {2}? {3}")
    @CsvSource(nullValues = "-", value = {
            "2019-03-04, -,          2019-03-03, false",
            "2019-03-04, -,          2019-03-04, true",
            "2019-03-04, -,          2019-06-20, true",
            "2019-03-04, 2019-04-10, 2019-04-10, true",
            "2019-03-04, 2019-04-10, 2019-04-11, false",
            "2019-03-11, 2019-04-10, 2019-03-04, false"})
    void expectedFromEnrolmentToTheDayTheyLeft(LocalDate enrolled, LocalDate left, LocalDate day, boolean expected) {
        Trainees.Trainee trainee = new Trainees.Trainee(1, "Семёнова Анна", "Крутинский", null,
                enrolled.atStartOfDay(ZoneId.of("Asia/Omsk")).toInstant(), left, ru.ciss.lms.people.Gender.FEMALE);
        assertEquals(expected, trainee.expectedOn(day));
    }
}
