package ru.ciss.lms.presentations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.presentations.control.ScoreAggregation.Criterion;
import ru.ciss.lms.presentations.control.ScoreAggregation.Result;
import ru.ciss.lms.presentations.control.ScoreAggregation.Rubric;

class ScoreAggregationTest {

    /** The rubric of content/rc-leaders/programme.yaml. */
    private static final Rubric RC_LEADERS = new Rubric(5, 25, List.of(
            new Criterion("relevance", 25),
            new Criterion("feasibility", 25),
            new Criterion("partnerships", 20),
            new Criterion("sustainability", 15),
            new Criterion("presentation-quality", 15)));

    /** The rubric of content/social-innovations/programme.yaml. */
    private static final Rubric SOCIAL_INNOVATIONS = new Rubric(4, 25, List.of(
            new Criterion("novelty", 35),
            new Criterion("feasibility", 35),
            new Criterion("social-impact", 30)));

    /** An rc-leaders sheet, scores in the rubric's order. */
    private static Map<String, Integer> rc(int relevance, int feasibility, int partnerships, int sustainability,
                                           int quality) {
        return Map.of("relevance", relevance, "feasibility", feasibility, "partnerships", partnerships,
                "sustainability", sustainability, "presentation-quality", quality);
    }

    private static Map<String, Integer> si(int novelty, int feasibility, int impact) {
        return Map.of("novelty", novelty, "feasibility", feasibility, "social-impact", impact);
    }

    /** An rc-leaders sheet whose total is exactly {@code percent}, which must be a multiple of 5. */
    private static Map<String, Integer> rcTotal(int percent) {
        // Relevance moves the total by 5 points a step and the four other criteria together by 15.
        int points = percent * 5;
        for (int relevance = 0; relevance <= 5; relevance++) {
            for (int others = 0; others <= 5; others++) {
                if (relevance * 25 + others * 75 == points) {
                    return rc(relevance, others, others, others, others);
                }
            }
        }
        throw new IllegalArgumentException("No rc-leaders sheet totals " + percent);
    }

    @Test
    void weightedTotalOfTheRcLeadersRubric() {
        assertEquals(100.0, ScoreAggregation.mentorTotal(RC_LEADERS, rc(5, 5, 5, 5, 5)));
        assertEquals(0.0, ScoreAggregation.mentorTotal(RC_LEADERS, rc(0, 0, 0, 0, 0)));
        // 4/5*25 + 3/5*25 + 5/5*20 + 2/5*15 + 4/5*15 = 20 + 15 + 20 + 6 + 12
        assertEquals(73.0, ScoreAggregation.mentorTotal(RC_LEADERS, rc(4, 3, 5, 2, 4)));
        // 1/5*25 + 0 + 0 + 0 + 1/5*15 = 5 + 3
        assertEquals(8.0, ScoreAggregation.mentorTotal(RC_LEADERS, rc(1, 0, 0, 0, 1)));
    }

    @Test
    void weightedTotalOfTheSocialInnovationsScaleOfFour() {
        assertEquals(100.0, ScoreAggregation.mentorTotal(SOCIAL_INNOVATIONS, si(4, 4, 4)));
        // 3/4*35 + 2/4*35 + 1/4*30 = 26.25 + 17.5 + 7.5
        assertEquals(51.25, ScoreAggregation.mentorTotal(SOCIAL_INNOVATIONS, si(3, 2, 1)));
        // 1/4*35 + 0 + 0: a quarter point survives unrounded
        assertEquals(8.75, ScoreAggregation.mentorTotal(SOCIAL_INNOVATIONS, si(1, 0, 0)));
    }

    @Test
    void allThreesOnTheRcLeadersRubricAreExactlySixtyAndPassSixty() {
        double total = ScoreAggregation.mentorTotal(RC_LEADERS, rc(3, 3, 3, 3, 3));
        assertEquals(60.0, total);
        assertTrue(ScoreAggregation.passes(total, 60));
        Result result = ScoreAggregation.aggregate(RC_LEADERS, List.of(rc(3, 3, 3, 3, 3), rc(3, 3, 3, 3, 3)));
        assertEquals(60.0, result.finalPercent().orElseThrow());
        assertTrue(ScoreAggregation.passes(result.finalPercent().orElseThrow(), 60));
    }

    @Test
    void totalsThatSummingDoublesGetWrongAreExact() {
        // With scale 6, 2/6*50 + 4/6*50 summed in doubles is 49.99999999999999.
        Rubric halves = new Rubric(6, 25, List.of(new Criterion("a", 50), new Criterion("b", 50)));
        assertNotEquals(50.0, 2.0 / 6 * 50 + 4.0 / 6 * 50);
        assertEquals(50.0, ScoreAggregation.mentorTotal(halves, Map.of("a", 2, "b", 4)));

        // With scale 3 and weights 40/30/30, totals 43.33... and 76.66... average to exactly 60; the naive mean of
        // naive double sums is 59.99999999999999 and would fail a 60 % threshold.
        Rubric thirds = new Rubric(3, 50, List.of(
                new Criterion("a", 40), new Criterion("b", 30), new Criterion("c", 30)));
        double naive = ((1.0 / 3 * 40 + 0.0 / 3 * 30 + 3.0 / 3 * 30) + (2.0 / 3 * 40 + 2.0 / 3 * 30 + 3.0 / 3 * 30))
                / 2;
        assertTrue(naive < 60);
        Result result = ScoreAggregation.aggregate(thirds, List.of(
                Map.of("a", 1, "b", 0, "c", 3), Map.of("a", 2, "b", 2, "c", 3)));
        assertEquals(60.0, result.finalPercent().orElseThrow());
        assertTrue(ScoreAggregation.passes(result.finalPercent().orElseThrow(), 60));
    }

    @Test
    void oneMentorsTotalIsTheFinalScore() {
        Result result = ScoreAggregation.aggregate(SOCIAL_INNOVATIONS, List.of(si(3, 2, 1)));
        assertEquals(List.of(51.25), result.mentorTotals());
        assertEquals(51.25, result.finalPercent().orElseThrow());
        assertFalse(result.disagreement());
        assertEquals(0.0, result.spread());
    }

    @Test
    void twoMentorsAreAveraged() {
        Result result = ScoreAggregation.aggregate(RC_LEADERS, List.of(rc(4, 3, 5, 2, 4), rc(3, 3, 3, 3, 3)));
        assertEquals(List.of(73.0, 60.0), result.mentorTotals());
        assertEquals(66.5, result.finalPercent().orElseThrow());
        assertEquals(13.0, result.spread());
        assertFalse(result.disagreement());
    }

    @Test
    void threeMentorsGiveTheMedianNotTheMean() {
        // Totals 100, 60 and 40 in that order: median 60, mean 66.67.
        Result result = ScoreAggregation.aggregate(RC_LEADERS, List.of(rcTotal(100), rcTotal(60), rcTotal(40)));
        assertEquals(List.of(100.0, 60.0, 40.0), result.mentorTotals());
        assertEquals(60.0, result.finalPercent().orElseThrow());
        assertEquals(60.0, result.spread());
    }

    @Test
    void fourMentorsGiveTheMeanOfTheTwoMiddleTotals() {
        // Totals 90, 20, 70, 55: sorted 20, 55, 70, 90; median (55 + 70) / 2 = 62.5, mean 58.75.
        Result result = ScoreAggregation.aggregate(RC_LEADERS,
                List.of(rcTotal(90), rcTotal(20), rcTotal(70), rcTotal(55)));
        assertEquals(List.of(90.0, 20.0, 70.0, 55.0), result.mentorTotals());
        assertEquals(62.5, result.finalPercent().orElseThrow());
        assertEquals(70.0, result.spread());
        assertTrue(result.disagreement());
    }

    @Test
    void medianOfFourOnTheScaleOfFourKeepsQuarterPoints() {
        // Totals 8.75, 51.25, 60, 100: median (51.25 + 60) / 2 = 55.625, unrounded.
        Result result = ScoreAggregation.aggregate(SOCIAL_INNOVATIONS,
                List.of(si(4, 4, 4), si(1, 0, 0), si(3, 2, 1), si(3, 3, 1)));
        assertEquals(List.of(100.0, 8.75, 51.25, 60.0), result.mentorTotals());
        assertEquals(55.625, result.finalPercent().orElseThrow());
        assertEquals(91.25, result.spread());
    }

    @Test
    void noScoresYetGiveNoFinalScoreAndNoDisagreement() {
        Result result = ScoreAggregation.aggregate(RC_LEADERS, List.of());
        assertTrue(result.mentorTotals().isEmpty());
        assertTrue(result.finalPercent().isEmpty());
        assertFalse(result.disagreement());
        assertEquals(0.0, result.spread());
    }

    @Test
    void aSpreadExactlyAtTheThresholdIsNotFlagged() {
        // 85 - 60 = 25 points, the rc-leaders disagreement_percent.
        Result result = ScoreAggregation.aggregate(RC_LEADERS, List.of(rcTotal(85), rcTotal(60)));
        assertEquals(25.0, result.spread());
        assertFalse(result.disagreement());
    }

    @Test
    void aSpreadJustAboveTheThresholdIsFlagged() {
        // rc-leaders totals are whole points, so 26 is the smallest spread above 25.
        Map<String, Integer> high = rc(5, 5, 3, 4, 4);   // 25 + 25 + 12 + 12 + 12 = 86
        Result result = ScoreAggregation.aggregate(RC_LEADERS, List.of(high, rc(3, 3, 3, 3, 3)));
        assertEquals(26.0, result.spread());
        assertTrue(result.disagreement());
    }

    @Test
    void onTheScaleOfFourTheSpreadIsComparedUnrounded() {
        // 100 - 75 = 25 exactly: not flagged. 100 - 73.75 = 26.25: flagged.
        Map<String, Integer> full = si(4, 4, 4);
        Map<String, Integer> seventyFive = si(3, 3, 3);      // 26.25 + 26.25 + 22.5
        Map<String, Integer> seventyThreeAndThreeQuarters = si(3, 2, 4); // 26.25 + 17.5 + 30
        assertFalse(ScoreAggregation.aggregate(SOCIAL_INNOVATIONS, List.of(full, seventyFive)).disagreement());
        Result result = ScoreAggregation.aggregate(SOCIAL_INNOVATIONS, List.of(seventyThreeAndThreeQuarters, full));
        assertEquals(26.25, result.spread());
        assertTrue(result.disagreement());
    }

    @Test
    void aQuarterPointAboveTheThresholdIsFlagged() {
        // Weights 99 and 1 on a scale of 4 give totals a quarter point apart: 100 against 75 and against 74.75.
        Rubric fine = new Rubric(4, 25, List.of(new Criterion("a", 99), new Criterion("b", 1)));
        Map<String, Integer> full = Map.of("a", 4, "b", 4);
        assertFalse(ScoreAggregation.aggregate(fine, List.of(full, Map.of("a", 3, "b", 3))).disagreement());
        Result result = ScoreAggregation.aggregate(fine, List.of(full, Map.of("a", 3, "b", 2)));
        assertEquals(25.25, result.spread());
        assertTrue(result.disagreement());
    }

    @Test
    void disagreementUsesTheHighestAndLowestOfMany() {
        // Neighbouring totals are close, but the extremes are 30 points apart.
        Result result = ScoreAggregation.aggregate(RC_LEADERS,
                List.of(rcTotal(70), rcTotal(55), rcTotal(85), rcTotal(65)));
        assertEquals(30.0, result.spread());
        assertTrue(result.disagreement());
    }

    @Test
    void aZeroThresholdFlagsAnyDifference() {
        Rubric strict = new Rubric(5, 0, RC_LEADERS.criteria());
        assertFalse(ScoreAggregation.aggregate(strict, List.of(rcTotal(60), rcTotal(60))).disagreement());
        assertTrue(ScoreAggregation.aggregate(strict, List.of(rc(3, 3, 3, 3, 3), rc(3, 3, 3, 3, 4)))
                .disagreement());
    }

    @Test
    void scoresOutsideTheScaleAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ScoreAggregation.mentorTotal(RC_LEADERS, rc(6, 3, 3, 3, 3)));
        assertThrows(IllegalArgumentException.class,
                () -> ScoreAggregation.mentorTotal(RC_LEADERS, rc(3, 3, 3, 3, -1)));
        // 5 is valid on rc-leaders but not on the social-innovations scale of 4.
        assertThrows(IllegalArgumentException.class,
                () -> ScoreAggregation.mentorTotal(SOCIAL_INNOVATIONS, si(5, 4, 4)));
    }

    @Test
    void aMissingCriterionIsRefusedNotCountedAsZero() {
        Map<String, Integer> partial = new HashMap<>(rc(3, 3, 3, 3, 3));
        partial.remove("sustainability");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoreAggregation.mentorTotal(RC_LEADERS, partial));
        assertTrue(e.getMessage().contains("sustainability"), e.getMessage());

        Map<String, Integer> withNull = new HashMap<>(rc(3, 3, 3, 3, 3));
        withNull.put("sustainability", null);
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregation.mentorTotal(RC_LEADERS, withNull));
    }

    @Test
    void anUnknownCriterionIsRefused() {
        Map<String, Integer> extra = new HashMap<>(rc(3, 3, 3, 3, 3));
        extra.put("novelty", 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoreAggregation.mentorTotal(RC_LEADERS, extra));
        assertTrue(e.getMessage().contains("novelty"), e.getMessage());

        // A sheet of the other programme: right size, wrong codes.
        assertThrows(IllegalArgumentException.class,
                () -> ScoreAggregation.mentorTotal(SOCIAL_INNOVATIONS, Map.of("novelty", 1, "feasibility", 1,
                        "relevance", 1)));
    }

    @Test
    void oneInvalidSheetRefusesTheWholeAggregation() {
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregation.aggregate(RC_LEADERS,
                List.of(rc(3, 3, 3, 3, 3), rc(3, 3, 3, 3, 9), rc(3, 3, 3, 3, 3))));
    }

    @Test
    void invalidRubricsAreRefused() {
        List<Criterion> criteria = RC_LEADERS.criteria();
        assertThrows(IllegalArgumentException.class, () -> new Rubric(0, 25, criteria));
        assertThrows(IllegalArgumentException.class, () -> new Rubric(11, 25, criteria));
        assertThrows(IllegalArgumentException.class, () -> new Rubric(5, -1, criteria));
        assertThrows(IllegalArgumentException.class, () -> new Rubric(5, 101, criteria));
        assertThrows(IllegalArgumentException.class, () -> new Rubric(5, 25, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Rubric(5, 25, List.of(new Criterion("a", 50), new Criterion("b", 49))));
        assertThrows(IllegalArgumentException.class,
                () -> new Rubric(5, 25, List.of(new Criterion("a", 50), new Criterion("a", 50))));
        assertThrows(IllegalArgumentException.class, () -> new Criterion("a", 0));
        assertThrows(IllegalArgumentException.class, () -> new Criterion(" ", 10));
        // The limits themselves are allowed.
        new Rubric(1, 0, List.of(new Criterion("a", 100)));
        new Rubric(10, 100, List.of(new Criterion("a", 100)));
    }

    @Test
    void theRubricKeepsItsOwnCopyOfTheCriteria() {
        List<Criterion> criteria = new ArrayList<>(List.of(new Criterion("a", 60), new Criterion("b", 40)));
        Rubric rubric = new Rubric(5, 25, criteria);
        criteria.add(new Criterion("c", 10));
        assertEquals(2, rubric.criteria().size());
        assertThrows(UnsupportedOperationException.class, () -> rubric.criteria().add(new Criterion("d", 1)));
    }

    @Test
    void theResultCannotBeChangedAfterwards() {
        Result result = ScoreAggregation.aggregate(RC_LEADERS, List.of(rcTotal(60)));
        assertThrows(UnsupportedOperationException.class, () -> result.mentorTotals().add(1.0));
    }

    @Test
    void theScoresMapsAreOnlyRead() {
        Map<String, Integer> sheet = new LinkedHashMap<>(rc(3, 4, 5, 2, 1));
        Map<String, Integer> before = Map.copyOf(sheet);
        List<Map<String, Integer>> sheets = new ArrayList<>(List.of(sheet));
        ScoreAggregation.aggregate(RC_LEADERS, sheets);
        assertEquals(before, sheet);
        assertEquals(1, sheets.size());
    }

    @Test
    void passesAtExactlyTheThresholdAndNotBelow() {
        assertTrue(ScoreAggregation.passes(60.0, 60));
        assertTrue(ScoreAggregation.passes(60.000001, 60));
        assertFalse(ScoreAggregation.passes(59.99, 60));
        assertFalse(ScoreAggregation.passes(Math.nextDown(60.0), 60));
        assertTrue(ScoreAggregation.passes(0.0, 0));
        assertTrue(ScoreAggregation.passes(100.0, 100));
        // rc-leaders, two mentors: (60 + 59) / 2 = 59.5 fails 60; (61 + 59) / 2 = 60 passes.
        Map<String, Integer> sixty = rc(3, 3, 3, 3, 3);
        Map<String, Integer> fiftyNine = rc(3, 3, 2, 4, 3);  // 15 + 15 + 8 + 12 + 9
        Map<String, Integer> sixtyOne = rc(3, 3, 4, 2, 3);   // 15 + 15 + 16 + 6 + 9
        double justBelow = ScoreAggregation.aggregate(RC_LEADERS, List.of(sixty, fiftyNine))
                .finalPercent().orElseThrow();
        assertEquals(59.5, justBelow);
        assertFalse(ScoreAggregation.passes(justBelow, 60));
        double exactly = ScoreAggregation.aggregate(RC_LEADERS, List.of(sixtyOne, fiftyNine))
                .finalPercent().orElseThrow();
        assertEquals(60.0, exactly);
        assertTrue(ScoreAggregation.passes(exactly, 60));
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregation.passes(60.0, 101));
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregation.passes(60.0, -1));
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregation.passes(Double.NaN, 60));
    }

    @Test
    void oneDecimalWithACommaRoundingHalvesUp() {
        assertEquals("72,5", ScoreAggregation.oneDecimal(72.5));
        assertEquals("60,0", ScoreAggregation.oneDecimal(60));
        assertEquals("0,0", ScoreAggregation.oneDecimal(0));
        assertEquals("100,0", ScoreAggregation.oneDecimal(100));
        assertEquals("66,7", ScoreAggregation.oneDecimal(200.0 / 3));
        assertEquals("33,3", ScoreAggregation.oneDecimal(100.0 / 3));
        assertEquals("55,6", ScoreAggregation.oneDecimal(55.625));
        assertEquals("51,3", ScoreAggregation.oneDecimal(51.25));
        assertEquals("8,8", ScoreAggregation.oneDecimal(8.75));
        assertEquals("72,4", ScoreAggregation.oneDecimal(72.44));
        // Halves whose double is a hair below the decimal still round up.
        assertEquals("0,2", ScoreAggregation.oneDecimal(0.15));
        assertEquals("72,5", ScoreAggregation.oneDecimal(72.45));
        assertEquals("59,9", ScoreAggregation.oneDecimal(59.94));
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregation.oneDecimal(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ScoreAggregation.oneDecimal(Double.POSITIVE_INFINITY));
    }
}
