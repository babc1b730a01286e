package ru.ciss.lms.attendance;

import java.util.List;
import java.util.Objects;
import ru.ciss.lms.attendance.AttendanceStatus;

/**
 * The one definition of a trainee's attendance against the cohort's rule. Every page, export, summary, certificate
 * rule and report reads its figures from {@link Result}; nothing else counts marks.
 *
 * <p>Definitions, from the state of each session day of the cohort:
 * <ul>
 * <li><b>expected</b>: every day from the trainee's enrolment on, past and upcoming; days before enrolment
 * ({@code NOT_EXPECTED}) never count, neither for nor against;</li>
 * <li><b>held</b>: the expected days that are over (everything but {@code UPCOMING}), marked or not; today counts
 * once the trainee is marked for it, and as over, marked or not, from tomorrow;</li>
 * <li><b>attended</b>: {@code PRESENT} and {@code LATE} days, plus {@code EXCUSED} ones when the rule says excused
 * days count as attended;</li>
 * <li><b>missed</b>: the held days that are not attended, <em>including</em> the days nobody marked
 * ({@code NOT_MARKED}): an unmarked past day is work for the curator, and until it is done it counts as not
 * attended, so that forgetting to mark never makes anyone look better;</li>
 * <li><b>percent</b>: attended &times; 100 / held days, rounded down; 0 when no day has been held yet (see
 * {@link #percent(int, int)}, also used for the summaries of groups);</li>
 * <li><b>meets</b>: the rule is satisfied for the whole programme, upcoming days included: attended &times; 100
 * &ge; minPercent &times; expected days. Over zero expected days it is <em>not</em> met: whoever had no day at all
 * attended nothing ({@link #noDays()});</li>
 * <li><b>atRisk</b>: not met, and the share attended so far is below minPercent (also when the trainee can no
 * longer reach the rule even attending every day to come, which is contained in it).</li>
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
        /** The day is over but nobody has marked the trainee yet: counts as not attended. */
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

    /**
     * @param expectedDays held and upcoming days from the enrolment on
     * @param heldDays     expected days that are over, marked or not
     * @param attended     held days attended under the rule
     * @param missed       held days not attended, unmarked ones included
     * @param notMarked    held days nobody marked (part of missed)
     * @param upcoming     expected days still to come
     * @param percent      attended &times; 100 / held days, rounded down; 0 with no held day
     */
    public record Result(int expectedDays, int heldDays, int attended, int missed, int notMarked, int upcoming,
                         int percent, boolean meets, boolean atRisk) implements java.io.Serializable {

        /** No day at all was expected of the trainee: the rule cannot be met, «не было ни одного дня». */
        public boolean noDays() {
            return expectedDays == 0;
        }
    }

    private AttendanceRate() {
    }

    /** The share of held days attended, in whole percent rounded down; 0 when nothing was held. */
    public static int percent(long attended, long held) {
        return held == 0 ? 0 : (int) (attended * 100 / held);
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
        int held = expected - upcoming;
        int missed = held - attended;
        boolean meets = expected > 0 && attended * 100L >= (long) rule.minPercent() * expected;
        boolean atRisk = !meets && held > 0 && attended * 100L < (long) rule.minPercent() * held;
        return new Result(expected, held, attended, missed, notMarked, upcoming, percent(attended, held), meets,
                atRisk);
    }
}
