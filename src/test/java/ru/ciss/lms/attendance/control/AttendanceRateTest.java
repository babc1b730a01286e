package ru.ciss.lms.attendance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ciss.lms.attendance.control.AttendanceRate.DayState.ABSENT;
import static ru.ciss.lms.attendance.control.AttendanceRate.DayState.EXCUSED;
import static ru.ciss.lms.attendance.control.AttendanceRate.DayState.LATE;
import static ru.ciss.lms.attendance.control.AttendanceRate.DayState.NOT_EXPECTED;
import static ru.ciss.lms.attendance.control.AttendanceRate.DayState.NOT_MARKED;
import static ru.ciss.lms.attendance.control.AttendanceRate.DayState.PRESENT;
import static ru.ciss.lms.attendance.control.AttendanceRate.DayState.UPCOMING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.attendance.control.AttendanceRate.DayState;
import ru.ciss.lms.attendance.control.AttendanceRate.Result;
import ru.ciss.lms.attendance.control.AttendanceRate.Rule;
import ru.ciss.lms.attendance.entity.AttendanceStatus;

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

    @Test
    void sixOfEightPresentAtEightyPercentFailsAndIsAtRisk() {
        Result r = AttendanceRate.of(days(PRESENT, 6, ABSENT, 2), EIGHTY);

        assertEquals(new Result(8, 6, 2, 0, 0, 75, false, true), r);
    }

    @Test
    void sevenOfEightPresentWithOneUpcomingAlreadyMeetsEightyPercent() {
        // 7 of 8 is 87.5 %: even missing the last day keeps the trainee above 80 %.
        Result r = AttendanceRate.of(days(PRESENT, 7, UPCOMING, 1), EIGHTY);

        assertEquals(new Result(8, 7, 0, 0, 1, 100, true, false), r);
    }

    @Test
    void sevenOfEightPresentWithOneUpcomingAtNinetyPercentNeitherMeetsNorIsAtRisk() {
        Result r = AttendanceRate.of(days(PRESENT, 7, UPCOMING, 1), new Rule(90, false));

        assertFalse(r.meets());
        assertFalse(r.atRisk());
    }

    @Test
    void oneMissedDayWithOneUpcomingCanStillBeMadeUp() {
        // 6 of 7 marked days is 85 %; attending the last one gives 7 of 8.
        Result r = AttendanceRate.of(days(PRESENT, 6, ABSENT, 1, UPCOMING, 1), EIGHTY);

        assertEquals(new Result(8, 6, 1, 0, 1, 85, false, false), r);
    }

    @Test
    void fallingBehindSoFarIsARiskThoughTheRuleIsStillReachable() {
        // 3 of 6 marked days; 14 days to come could still give 17 of 20 = 85 %.
        Result r = AttendanceRate.of(days(PRESENT, 3, ABSENT, 3, UPCOMING, 14), EIGHTY);

        assertEquals(50, r.percent());
        assertFalse(r.meets());
        assertTrue(r.atRisk());
    }

    @Test
    void excusedDaysCountOnlyWhenTheRuleSaysSo() {
        List<DayState> d = days(PRESENT, 6, EXCUSED, 2);

        Result counted = AttendanceRate.of(d, EIGHTY_EXCUSED_COUNTS);
        assertEquals(new Result(8, 8, 0, 0, 0, 100, true, false), counted);

        Result notCounted = AttendanceRate.of(d, EIGHTY);
        assertEquals(new Result(8, 6, 2, 0, 0, 75, false, true), notCounted);
    }

    @Test
    void lateCountsAsAttended() {
        Result r = AttendanceRate.of(days(LATE, 4), EIGHTY);

        assertEquals(4, r.attended());
        assertEquals(100, r.percent());
        assertTrue(r.meets());
    }

    @Test
    void daysBeforeEnrolmentNeverCount() {
        Result r = AttendanceRate.of(days(NOT_EXPECTED, 3, PRESENT, 4, ABSENT, 1), EIGHTY);

        assertEquals(new Result(5, 4, 1, 0, 0, 80, true, false), r);
    }

    @Test
    void aTraineeWithNoExpectedDayMeetsTheRule() {
        Result r = AttendanceRate.of(days(NOT_EXPECTED, 5), EIGHTY);

        assertEquals(new Result(0, 0, 0, 0, 0, 100, true, false), r);
        assertEquals(new Result(0, 0, 0, 0, 0, 100, true, false), AttendanceRate.of(List.of(), EIGHTY));
    }

    @Test
    void beforeTheFirstDayNothingIsMissedButNothingIsMetEither() {
        Result r = AttendanceRate.of(days(UPCOMING, 8), EIGHTY);

        assertEquals(new Result(8, 0, 0, 0, 8, 100, false, false), r);
    }

    @Test
    void notMarkedDaysStayOutOfThePercentButCountAsExpected() {
        Result r = AttendanceRate.of(days(PRESENT, 3, ABSENT, 1, NOT_MARKED, 4), EIGHTY);

        assertEquals(8, r.expectedDays());
        assertEquals(4, r.notMarked());
        assertEquals(1, r.missed());
        assertEquals(75, r.percent(), "3 of the 4 marked days");
        assertFalse(r.meets(), "3 of 8");
        assertTrue(r.atRisk(), "75 % of the marked days is below 80 %");
    }

    @Test
    void notMarkedDaysMayStillBeAttendedSoTheyKeepTheGoalReachable() {
        // 4 attended of 4 marked, 4 not marked: 8 of 8 is still possible; with them counted as missed it would not.
        Result r = AttendanceRate.of(days(PRESENT, 4, NOT_MARKED, 4), EIGHTY);

        assertFalse(r.meets());
        assertFalse(r.atRisk());
    }

    @Test
    void exactlyAtTheRuleSoFarIsNoRiskWhileDaysRemain() {
        Result r = AttendanceRate.of(days(PRESENT, 4, ABSENT, 1, UPCOMING, 1), EIGHTY);

        assertEquals(80, r.percent(), "4 of 5 is exactly the rule");
        assertFalse(r.meets(), "4 of 6 is not");
        assertFalse(r.atRisk(), "5 of 6 is still possible");
    }

    @Test
    void exactlyAtTheRuleMeetsIt() {
        Result r = AttendanceRate.of(days(PRESENT, 4, ABSENT, 1), EIGHTY);

        assertEquals(80, r.percent());
        assertTrue(r.meets());
        assertFalse(r.atRisk());
    }

    @Test
    void percentIsRoundedDown() {
        assertEquals(66, AttendanceRate.of(days(PRESENT, 2, ABSENT, 1), EIGHTY).percent());
        assertEquals(85, AttendanceRate.of(days(PRESENT, 6, ABSENT, 1), EIGHTY).percent());
    }

    @Test
    void whoCannotReachTheRuleIsAtRiskWhoMeetsItIsNotAndTheCountsAddUp() {
        DayState[] all = DayState.values();
        int[] counts = new int[all.length];
        // Every list of up to 5 days over every state, for four rules.
        for (int length = 0; length <= 5; length++) {
            int combinations = (int) Math.pow(all.length, length);
            for (int c = 0; c < combinations; c++) {
                List<DayState> d = new ArrayList<>();
                for (int i = 0, rest = c; i < length; i++, rest /= all.length) {
                    d.add(all[rest % all.length]);
                }
                for (Rule rule : List.of(EIGHTY, EIGHTY_EXCUSED_COUNTS, new Rule(0, false), new Rule(100, false))) {
                    Result r = AttendanceRate.of(d, rule);
                    assertFalse(r.meets() && r.atRisk(), () -> d + " " + rule);
                    assertEquals(r.expectedDays(), r.attended() + r.missed() + r.notMarked() + r.upcoming(),
                            () -> d + " " + rule);
                    assertTrue(r.percent() >= 0 && r.percent() <= 100, () -> d + " " + rule);
                    int reachable = r.attended() + r.notMarked() + r.upcoming();
                    boolean cannotReach = reachable * 100L < (long) rule.minPercent() * r.expectedDays();
                    assertTrue(!cannotReach || r.atRisk(), () -> "cannot reach but not at risk: " + d + " " + rule);
                    counts[r.meets() ? 0 : r.atRisk() ? 1 : 2]++;
                }
            }
        }
        assertTrue(counts[0] > 0 && counts[1] > 0 && counts[2] > 0, "all three outcomes occur");
    }

    @Test
    void aZeroPercentRuleIsAlwaysMet() {
        assertTrue(AttendanceRate.of(days(ABSENT, 5), new Rule(0, false)).meets());
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
