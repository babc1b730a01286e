package ru.ciss.lms.presentations.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The score of a trainee's final presentation from the mentors' rubric scores, as the content contract
 * ({@code content/README.md}, "Intended semantics of the certificate and rubric fields") defines it:
 * <ul>
 * <li>a mentor's total % = &Sigma; (score &divide; scaleMax &times; weight), from 0 to 100;</li>
 * <li>the final % is the mean of the mentors' totals, or their median when three or more mentors scored (the
 * median of an even count being the mean of the two middle totals); it is kept unrounded;</li>
 * <li>the presentation is flagged for moderation when the highest and the lowest total differ by strictly more
 * than {@code disagreementPercent} percentage points;</li>
 * <li>it passes when the final % &ge; {@code minScorePercent}.</li>
 * </ul>
 *
 * <p>Every total is computed in integer "weighted points" (&Sigma; score &times; weight, which is the total
 * &times; scaleMax) and divided only once at the end. Summing {@code score / scaleMax * weight} in doubles
 * drifts: with scale 3 and weights 40/30/30, two mentors whose mean is exactly 60 come out as 59.99999999999999
 * and would fail a 60 % threshold. Because each value here is a single correctly rounded division of two small
 * integers, a final % that is mathematically at the threshold compares equal to it, and one that is below it
 * stays below: its denominator is at most 2 &times; scaleMax, so it lies at least 1/20 of a point under any whole
 * threshold, far more than a rounding error.
 */
public final class ScoreAggregation {

    /** One rubric criterion: its id from {@code programme.yaml} and its weight in percent of the total. */
    public record Criterion(String code, int weight) {

        public Criterion {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("A criterion needs a code");
            }
            if (weight < 1) {
                throw new IllegalArgumentException("The weight of criterion " + code + " must be at least 1, was "
                        + weight);
            }
        }
    }

    /** A programme's rubric, validated against the same limits the content importer enforces. */
    public record Rubric(int scaleMax, int disagreementPercent, List<Criterion> criteria) {

        public Rubric {
            if (scaleMax < 1 || scaleMax > 10) {
                throw new IllegalArgumentException("scaleMax must be within 1..10, was " + scaleMax);
            }
            if (disagreementPercent < 0 || disagreementPercent > 100) {
                throw new IllegalArgumentException("disagreementPercent must be within 0..100, was "
                        + disagreementPercent);
            }
            // List.copyOf refuses null elements and keeps later changes of the caller's list out.
            criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
            if (criteria.isEmpty()) {
                throw new IllegalArgumentException("A rubric needs at least one criterion");
            }
            Set<String> codes = new HashSet<>();
            int weights = 0;
            for (Criterion criterion : criteria) {
                if (!codes.add(criterion.code())) {
                    throw new IllegalArgumentException("Criterion " + criterion.code() + " appears twice");
                }
                weights += criterion.weight();
            }
            if (weights != 100) {
                throw new IllegalArgumentException("The criteria weights must sum to 100, they sum to " + weights);
            }
        }

        boolean hasCriterion(String code) {
            return criteria.stream().anyMatch(criterion -> criterion.code().equals(code));
        }
    }

    /**
     * The outcome for one presentation.
     *
     * @param mentorTotals each mentor's total %, in the order the scores were submitted
     * @param finalPercent the unrounded final %, empty while no mentor has scored
     * @param disagreement whether the spread exceeds the rubric's {@code disagreementPercent}
     * @param spread the highest minus the lowest total, in percentage points (0 with fewer than two mentors)
     */
    public record Result(List<Double> mentorTotals, OptionalDouble finalPercent, boolean disagreement,
                         double spread) {

        public Result {
            mentorTotals = List.copyOf(mentorTotals);
            Objects.requireNonNull(finalPercent, "finalPercent");
        }
    }

    private ScoreAggregation() {
    }

    /**
     * One mentor's total %.
     *
     * @param scores the mentor's score for every criterion of the rubric, by criterion code
     * @throws IllegalArgumentException when a criterion has no score, a code is not in the rubric, or a score is
     *                                  outside 0..scaleMax; a partial sheet must not silently count as zeros
     */
    public static double mentorTotal(Rubric rubric, Map<String, Integer> scores) {
        return (double) weightedPoints(rubric, scores) / rubric.scaleMax();
    }

    /**
     * The final score of one presentation from the score sheets of the mentors who scored it.
     *
     * @throws IllegalArgumentException when any sheet is invalid (see {@link #mentorTotal})
     */
    public static Result aggregate(Rubric rubric, List<Map<String, Integer>> submittedScores) {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(submittedScores, "submittedScores");
        int mentors = submittedScores.size();
        if (mentors == 0) {
            return new Result(List.of(), OptionalDouble.empty(), false, 0.0);
        }
        long scale = rubric.scaleMax();
        long[] points = new long[mentors];
        List<Double> totals = new ArrayList<>(mentors);
        for (int i = 0; i < mentors; i++) {
            points[i] = weightedPoints(rubric, submittedScores.get(i));
            totals.add((double) points[i] / scale);
        }
        long[] sorted = points.clone();
        Arrays.sort(sorted);

        // The final % as numerator / denominator in weighted points, so that the only rounding is the division.
        long numerator;
        long denominator;
        if (mentors < 3) {
            numerator = 0;
            for (long p : points) {
                numerator += p;
            }
            denominator = scale * mentors;
        } else if (mentors % 2 == 1) {
            numerator = sorted[mentors / 2];
            denominator = scale;
        } else {
            numerator = sorted[mentors / 2 - 1] + sorted[mentors / 2];
            denominator = 2 * scale;
        }

        long spreadPoints = sorted[mentors - 1] - sorted[0];
        // "More than disagreementPercent points" compared in weighted points, so a spread exactly at the limit
        // is never flagged by a rounding error.
        boolean disagreement = spreadPoints > rubric.disagreementPercent() * scale;
        return new Result(totals, OptionalDouble.of((double) numerator / denominator), disagreement,
                (double) spreadPoints / scale);
    }

    /**
     * Whether a final score meets the programme's {@code min_score_percent}. A plain comparison is right for a
     * value from {@link #aggregate} (see the class comment), so no tolerance is applied that could let a score
     * just below the threshold pass.
     */
    public static boolean passes(double finalPercent, int minScorePercent) {
        if (Double.isNaN(finalPercent)) {
            throw new IllegalArgumentException("finalPercent is not a number");
        }
        if (minScorePercent < 0 || minScorePercent > 100) {
            throw new IllegalArgumentException("minScorePercent must be within 0..100, was " + minScorePercent);
        }
        return finalPercent >= minScorePercent;
    }

    /**
     * A percentage with one decimal and a decimal comma, as Russian text writes it: 72.5 &rarr; "72,5", 60 &rarr;
     * "60,0". Halves round up.
     *
     * <p>{@link BigDecimal#valueOf(double)} starts from the shortest decimal that reads back as the same double,
     * so 0.15 (stored as 0.1499999...) rounds to "0,2" as a reader of "0.15" expects, not to "0,1".
     */
    public static String oneDecimal(double percent) {
        if (!Double.isFinite(percent)) {
            throw new IllegalArgumentException("Not a finite percentage: " + percent);
        }
        return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** &Sigma; score &times; weight of one sheet, that is the mentor's total % &times; scaleMax. */
    private static long weightedPoints(Rubric rubric, Map<String, Integer> scores) {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(scores, "scores");
        for (String code : scores.keySet()) {
            if (!rubric.hasCriterion(code)) {
                throw new IllegalArgumentException("Criterion " + code + " is not in the rubric");
            }
        }
        long points = 0;
        for (Criterion criterion : rubric.criteria()) {
            Integer score = scores.get(criterion.code());
            if (score == null) {
                throw new IllegalArgumentException("No score for criterion " + criterion.code());
            }
            if (score < 0 || score > rubric.scaleMax()) {
                throw new IllegalArgumentException("The score for criterion " + criterion.code()
                        + " must be within 0.." + rubric.scaleMax() + ", was " + score);
            }
            points += (long) score * criterion.weight();
        }
        return points;
    }
}
