package ru.ciss.lms.presentations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail names criteria by their titles, not by the codes a score is stored with. */
class ScoreChangeTest {

    private static final Map<String, String> TITLES = Map.of("relevance", "Соответствие потребностям района",
            "feasibility", "Реализуемость");

    @Test
    void aScoreReadsByCriterionTitle() {
        assertEquals("Соответствие потребностям района: 3; Реализуемость: 4 = 60,0 %",
                ScoreChange.scoresByTitle("{relevance=3, feasibility=4} = 60,0 %", TITLES));
    }

    @Test
    void aCodeTheRubricNoLongerHasStaysAndOtherDetailsAreUnchanged() {
        assertEquals("Соответствие потребностям района: 3; partnerships: 2 = 50,0 %",
                ScoreChange.scoresByTitle("{relevance=3, partnerships=2} = 50,0 %", TITLES));
        assertEquals("65,5 %", ScoreChange.scoresByTitle("65,5 %", TITLES));
        assertEquals("60,0 → 65,5 %: {причина}", ScoreChange.scoresByTitle("60,0 → 65,5 %: {причина}", TITLES));
        assertEquals(null, ScoreChange.scoresByTitle(null, TITLES));
    }
}
