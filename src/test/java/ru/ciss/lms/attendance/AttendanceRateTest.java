package ru.ciss.lms.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ciss.lms.attendance.AttendanceRate.DayState.ABSENT;
import static ru.ciss.lms.attendance.AttendanceRate.DayState.EXCUSED;
import static ru.ciss.lms.attendance.AttendanceRate.DayState.LATE;
import static ru.ciss.lms.attendance.AttendanceRate.DayState.NOT_EXPECTED;
import static ru.ciss.lms.attendance.AttendanceRate.DayState.NOT_MARKED;
import static ru.ciss.lms.attendance.AttendanceRate.DayState.PRESENT;
import static ru.ciss.lms.attendance.AttendanceRate.DayState.UPCOMING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.ciss.lms.attendance.AttendanceRate;
import ru.ciss.lms.attendance.AttendanceRate.DayState;
import ru.ciss.lms.attendance.AttendanceRate.Result;
import ru.ciss.lms.attendance.AttendanceRate.Rule;
import ru.ciss.lms.attendance.AttendanceStatus;

/** The one definition of attendance, case by case: each row is the days, the rule, and every figure expected. */
class AttendanceRateTest {

    private static final Rule EIGHTY = new Rule(80, false);
    private static final Rule EIGHTY_EXCUSED_COUNTS = new Rule(80, true);

    /** The days in the order given, each repeated as many times as the number after it. */
    private static List<DayState> days(Object... stateThenCount) {
        List<DayState> list = new ArrayList<>();
        for (int i = 0; i < stateThenCount.length; i += 2) {
            list.addAll(Collections.nCopies((Integer) stateThenCount[i + 1], (DayState) stateThenCount[i]));
        }
        return list;
    }

    private static Arguments row(String name, List<DayState> days, Rule rule, Result expected) {
        return Arguments.of(name, days, rule, expected);
    }

    // Result(expected, held, attended, missed, notMarked, upcoming, percent, meets, atRisk)
    static Stream<Arguments> cases() {
        return Stream.of(
                row("Семёнова: one late mark and five unmarked past days is 1 of 6, at risk",
                        days(LATE, 1, NOT_MARKED, 5), EIGHTY, new Result(6, 6, 1, 5, 5, 0, 16, false, true)),
                row("unmarked past days count as not attended, not left out",
                        days(PRESENT, 4, NOT_MARKED, 1), EIGHTY, new Result(5, 5, 4, 1, 1, 0, 80, true, false)),
                row("every past day unmarked is 0 %, at risk",
                        days(NOT_MARKED, 3), EIGHTY, new Result(3, 3, 0, 3, 3, 0, 0, false, true)),
                row("late enrolment: days before it never count",
                        days(NOT_EXPECTED, 3, PRESENT, 4, ABSENT, 1), EIGHTY, new Result(5, 5, 4, 1, 0, 0, 80, true, false)),
                row("late enrolment, enrolled after every day: no day at all, not met",
                        days(NOT_EXPECTED, 6), EIGHTY, new Result(0, 0, 0, 0, 0, 0, 0, false, false)),
                row("no day at all: not met, «не было ни одного дня»",
                        List.of(), EIGHTY, new Result(0, 0, 0, 0, 0, 0, 0, false, false)),
                row("no day at all is not met even under a zero-percent rule",
                        List.of(), new Rule(0, true), new Result(0, 0, 0, 0, 0, 0, 0, false, false)),
                row("all days upcoming: nothing held, nothing missed, not met, not at risk",
                        days(UPCOMING, 8), EIGHTY, new Result(8, 0, 0, 0, 0, 8, 0, false, false)),
                row("excused counts as attended when the rule says so",
                        days(PRESENT, 6, EXCUSED, 2), EIGHTY_EXCUSED_COUNTS, new Result(8, 8, 8, 0, 0, 0, 100, true, false)),
                row("excused counts as missed when the rule says not",
                        days(PRESENT, 6, EXCUSED, 2), EIGHTY, new Result(8, 8, 6, 2, 0, 0, 75, false, true)),
                row("late counts as attended",
                        days(LATE, 8), EIGHTY, new Result(8, 8, 8, 0, 0, 0, 100, true, false)),
                row("seven of eight with one upcoming already meets 80 %",
                        days(PRESENT, 7, UPCOMING, 1), EIGHTY, new Result(8, 7, 7, 0, 0, 1, 100, true, false)),
                row("seven of eight with one upcoming does not yet meet 90 %, not at risk",
                        days(PRESENT, 7, UPCOMING, 1), new Rule(90, false), new Result(8, 7, 7, 0, 0, 1, 100, false, false)),
                row("falling behind so far is a risk though the rule is still reachable",
                        days(PRESENT, 3, ABSENT, 3, UPCOMING, 14), EIGHTY, new Result(20, 6, 3, 3, 0, 14, 50, false, true)),
                row("exactly at the rule so far is no risk while days remain",
                        days(PRESENT, 4, ABSENT, 1, UPCOMING, 5), EIGHTY, new Result(10, 5, 4, 1, 0, 5, 80, false, false)),
                row("exactly at the rule meets it",
                        days(PRESENT, 8, ABSENT, 2), EIGHTY, new Result(10, 10, 8, 2, 0, 0, 80, true, false)),
                row("percent is rounded down: 2 of 3 is 66",
                        days(PRESENT, 2, ABSENT, 1), EIGHTY, new Result(3, 3, 2, 1, 0, 0, 66, false, true)),
                row("a zero-percent rule is met by anyone with a day",
                        days(ABSENT, 3), new Rule(0, false), new Result(3, 3, 0, 3, 0, 0, 0, true, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFigureFollowsTheDefinition(String name, List<DayState> days, Rule rule, Result expected) {
        Result r = AttendanceRate.of(days, rule);
        assertEquals(expected, r, name);
        assertEquals(r.expectedDays(), r.heldDays() + r.upcoming(), "expected = held + upcoming");
        assertEquals(r.heldDays(), r.attended() + r.missed(), "held = attended + missed");
        assertTrue(r.notMarked() <= r.missed(), "an unmarked day is a missed day");
        assertFalse(r.meets() && r.atRisk(), "who meets the rule is never at risk");
        assertEquals(r.expectedDays() == 0, r.noDays());
    }

    @Test
    void theGroupPercentIsTheSameFormula() {
        assertEquals(16, AttendanceRate.percent(1, 6));
        assertEquals(0, AttendanceRate.percent(0, 0), "nothing held: 0, not 100");
        assertEquals(AttendanceRate.of(days(LATE, 1, NOT_MARKED, 5), EIGHTY).percent(), AttendanceRate.percent(1, 6));
    }

    @Test
    void rejectsAPercentOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> new Rule(-1, false));
        assertThrows(IllegalArgumentException.class, () -> new Rule(101, false));
    }

    @Test
    void everyMarkMapsToTheDayStateOfTheSameName() {
        for (AttendanceStatus status : AttendanceStatus.values()) {
            assertEquals(status.name(), DayState.of(status).name());
        }
    }
}
