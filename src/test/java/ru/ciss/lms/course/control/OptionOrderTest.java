package ru.ciss.lms.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionOrderTest {

    private static final List<String> OPTIONS = List.of("A", "B", "C", "D");

    @Test
    void oneAttemptKeepsItsOrderAndEveryOptionIsThere() {
        List<String> first = OptionOrder.forAttempt(OPTIONS, 17, 5, 0);
        assertEquals(first, OptionOrder.forAttempt(OPTIONS, 17, 5, 0), "a reload shows the same order");
        assertEquals(Set.copyOf(OPTIONS), Set.copyOf(first));
        assertEquals(OPTIONS.size(), first.size());
        assertEquals(List.of("A", "B", "C", "D"), OPTIONS, "the question's own list is not touched");
    }

    @Test
    void theOrderChangesFromAttemptToAttemptAndFromTraineeToTrainee() {
        Set<List<String>> byAttempt = new HashSet<>();
        Set<List<String>> byTrainee = new HashSet<>();
        for (long i = 0; i < 20; i++) {
            byAttempt.add(OptionOrder.forAttempt(OPTIONS, 17, 5, 1000 + i));
            byTrainee.add(OptionOrder.forAttempt(OPTIONS, 100 + i, 5, 0));
        }
        assertTrue(byAttempt.size() >= 8, () -> "orders over 20 attempts: " + byAttempt);
        assertTrue(byTrainee.size() >= 8, () -> "orders over 20 trainees: " + byTrainee);
        assertNotEquals(OptionOrder.forAttempt(OPTIONS, 17, 5, 0), OptionOrder.forAttempt(OPTIONS, 17, 6, 0),
                "two questions of one trainee are not shuffled alike");
    }

    @Test
    void theRightAnswerLandsInEveryPlaceAboutEquallyOften() {
        int[] places = new int[4];
        for (long person = 1; person <= 4000; person++) {
            places[OptionOrder.forAttempt(OPTIONS, person, 31, person * 7).indexOf("B")]++;
        }
        for (int place : places) {
            assertTrue(place > 850 && place < 1150, () -> java.util.Arrays.toString(places));
        }
    }

    @Test
    void anOfflineCopyIsShuffledByTheRandomItIsGiven() {
        assertEquals(OptionOrder.shuffled(OPTIONS, new Random(3)), OptionOrder.shuffled(OPTIONS, new Random(3)));
        assertEquals(Set.copyOf(OPTIONS), Set.copyOf(OptionOrder.shuffled(OPTIONS, new Random(4))));
    }
}
