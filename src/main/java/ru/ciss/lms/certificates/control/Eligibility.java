package ru.ciss.lms.certificates.control;

import java.io.Serializable;
import java.util.List;
import ru.ciss.lms.attendance.AttendanceRate;

/**
 * One trainee against the cohort's certificate rules: attendance, accepted assignments and the final presentation.
 * Each rule says whether it is met and why, as a message key with its values, so the eligibility screen can tell an
 * administrator exactly what is missing. Pure: the facts are read by {@link EligibilityReader}.
 */
public record Eligibility(Rule attendance, Rule assignments, Rule presentation) implements Serializable {

    /** A rule's verdict; {@code args} are already formatted values for the message. */
    public record Rule(boolean met, String messageKey, List<String> args) implements Serializable {

        static Rule met(String key, Object... args) {
            return new Rule(true, key, strings(args));
        }

        static Rule notMet(String key, Object... args) {
            return new Rule(false, key, strings(args));
        }

        private static List<String> strings(Object... args) {
            return java.util.Arrays.stream(args).map(String::valueOf).toList();
        }
    }

    /** Where a trainee's final presentation stands, as far as the certificate is concerned. */
    public enum PresentationState {
        /** No plan, or a plan not yet submitted. */
        NOT_SUBMITTED,
        /** Submitted, but no final score yet (not scored, or a disagreement waiting for moderation). */
        NOT_SCORED,
        /** Scored, but the cohort's results are not released: the trainee has not seen it, so it cannot count yet. */
        NOT_RELEASED,
        RELEASED
    }

    public boolean eligible() {
        return attendance.met() && assignments.met() && presentation.met();
    }

    /**
     * The attendance rule, in {@link AttendanceRate}'s words: the same "attended of held days (percent)" that the
     * register and the trainee's page show. Over zero expected days it is not met: nobody is certified for nothing.
     */
    public static Rule attendance(AttendanceRate.Result result, AttendanceRate.Rule rule) {
        if (result.noDays()) {
            return Rule.notMet("certificates.rule.attendance.noDays", rule.minPercent());
        }
        if (result.meets()) {
            return Rule.met("certificates.rule.attendance.met", result.attended(), result.heldDays(),
                    result.percent(), rule.minPercent());
        }
        if (result.notMarked() == 0 && result.upcoming() == 0) {
            // every day held and marked: «не отмечено: 0 дней, впереди: 0 дней» would only be noise
            return Rule.notMet("certificates.rule.attendance.missed", result.attended(), result.heldDays(),
                    result.percent(), rule.minPercent());
        }
        return Rule.notMet("certificates.rule.attendance.notMet", result.attended(), result.heldDays(),
                result.percent(), rule.minPercent(), result.notMarked(), result.upcoming());
    }

    /**
     * @param required titles of the modules whose assignment counts (all of the programme's), in order
     * @param accepted titles among them whose latest version was accepted
     */
    public static Rule assignments(boolean requiredByRule, List<String> required, java.util.Set<String> accepted) {
        if (!requiredByRule) {
            return Rule.met("certificates.rule.assignments.notRequired");
        }
        List<String> missing = required.stream().filter(t -> !accepted.contains(t)).toList();
        int done = required.size() - missing.size();
        if (missing.isEmpty()) {
            return Rule.met("certificates.rule.assignments.met", done, required.size());
        }
        return Rule.notMet("certificates.rule.assignments.notMet", done, required.size(),
                String.join("; ", missing));
    }

    /** @param percent the result that counts (moderated or the mentors'), when there is one */
    public static Rule presentation(PresentationState state, Double percent, int minPercent) {
        return switch (state) {
            case NOT_SUBMITTED -> Rule.notMet("certificates.rule.presentation.notSubmitted");
            case NOT_SCORED -> Rule.notMet("certificates.rule.presentation.notScored");
            case NOT_RELEASED -> Rule.notMet("certificates.rule.presentation.notReleased");
            case RELEASED -> percent != null && percent >= minPercent
                    ? Rule.met("certificates.rule.presentation.met", whole(percent), minPercent)
                    : Rule.notMet("certificates.rule.presentation.below", percent == null ? "—" : whole(percent), minPercent);
        };
    }

    /**
     * Shown with at most one decimal and a Russian comma, cut rather than rounded: 59,95 % must not read "60 %"
     * next to a pass mark of 60 %. The comparison above is made on the exact value.
     */
    private static String whole(double percent) {
        return new java.math.BigDecimal(percent).setScale(1, java.math.RoundingMode.DOWN).stripTrailingZeros()
                .toPlainString().replace('.', ',');
    }
}
