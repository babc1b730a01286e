package ru.ciss.lms.attendance.control;

import java.util.List;
import java.util.Objects;
import ru.ciss.lms.attendance.entity.AttendanceStatus;

/**
 * One trainee's attendance against the cohort's rule, from the state of each session day of the programme.
 *
 * <p>Definitions, all over the trainee's <em>expected</em> days, that is every day except {@code NOT_EXPECTED}
 * ones (days before the trainee was enrolled, which never count, neither for nor against):
 * <ul>
 * <li><b>attended</b>: {@code PRESENT} and {@code LATE} days, plus {@code EXCUSED} ones when the rule says
 * excused days count as attended;</li>
 * <li><b>missed</b>: the marked days that are not attended ({@code ABSENT}, and {@code EXCUSED} when excused
 * days do not count);</li>
 * <li><b>percent</b>: attended &times; 100 / marked days (expected days that are neither {@code UPCOMING} nor
 * {@code NOT_MARKED}), rounded down; 100 when no day is marked yet, since nothing has been missed;</li>
 * <li><b>meets</b>: the rule is already satisfied for the whole programme, upcoming days included:
 * attended &times; 100 &ge; minPercent &times; expected days. With no expected days at all it is met;</li>
 * <li><b>atRisk</b>: even attending every {@code UPCOMING} and {@code NOT_MARKED} day the trainee cannot reach
 * minPercent of the expected days, <em>or</em> the attended share of the marked days is already below
 * minPercent. The first case is contained in the second: attending every remaining day can only raise the share
 * of a trainee who is at or above minPercent so far, so such a trainee can always still reach the rule. Being at
 * risk is therefore computed as a marked share below minPercent. A trainee who meets the rule is never at
 * risk.</li>
 * </ul>
 * All comparisons are made in integers, so a share exactly at minPercent satisfies it.
 */
public final class AttendanceRate {

    /** The cohort's rule. */
    public record Rule(int minPercent, boolean excusedCountsAsAttended) {

        public Rule {
            if (minPercent < 0 || minPercent > 100) {
                throw new IllegalArgumentException("minPercent must be within 0..100, was " + minPercent);
            }
        }
    }

    /** What is known of one session day for one trainee. */
    public enum DayState {
        PRESENT, LATE, EXCUSED, ABSENT,
        /** The day is over but nobody has marked the trainee yet. */
        NOT_MARKED,
        /** The day was before the trainee's enrolment. */
        NOT_EXPECTED,
        UPCOMING;

        /** The state of a marked day; an exhaustive switch so that a new status cannot be forgotten here. */
        public static DayState of(AttendanceStatus status) {
            return switch (status) {
                case PRESENT -> PRESENT;
                case LATE -> LATE;
                case EXCUSED -> EXCUSED;
                case ABSENT -> ABSENT;
            };
        }
    }

    public record Result(int expectedDays, int attended, int missed, int notMarked, int upcoming, int percent,
                         boolean meets, boolean atRisk) {
    }

    private AttendanceRate() {
    }

    public static Result of(List<DayState> days, Rule rule) {
        Objects.requireNonNull(rule, "rule");
        int expected = 0;
        int attended = 0;
        int notMarked = 0;
        int upcoming = 0;
        for (DayState day : days) {
            switch (Objects.requireNonNull(day, "day state")) {
                case NOT_EXPECTED -> {
                    continue;
                }
                case PRESENT, LATE -> attended++;
                case EXCUSED -> attended += rule.excusedCountsAsAttended() ? 1 : 0;
                case ABSENT -> { }
                case NOT_MARKED -> notMarked++;
                case UPCOMING -> upcoming++;
            }
            expected++;
        }
        int marked = expected - notMarked - upcoming;
        int missed = marked - attended;
        int percent = marked == 0 ? 100 : attended * 100 / marked;
        long needed = (long) rule.minPercent() * expected;
        boolean meets = attended * 100L >= needed;
        boolean atRisk = attended * 100L < (long) rule.minPercent() * marked;
        return new Result(expected, attended, missed, notMarked, upcoming, percent, meets, atRisk);
    }
}
