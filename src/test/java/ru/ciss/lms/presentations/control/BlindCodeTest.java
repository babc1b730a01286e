package ru.ciss.lms.presentations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The anonymous codes of blind scoring: unique in the cohort, drawn at random, written «П-017». */
class BlindCodeTest {

    @Test
    void aCodeHasThreeDigitsAfterTheLetter() {
        assertEquals("П-017", BlindCode.label(17));
        assertEquals("П-999", BlindCode.label(999));
        assertEquals("П-1000", BlindCode.label(1000));
    }

    @Test
    void newCodesAvoidTheUsedOnesAndEachOther() {
        Set<Integer> used = Set.of(1, 2, 3, 500);
        List<Integer> drawn = BlindCode.draw(used, 200, new Random(7));
        assertEquals(200, drawn.size());
        assertEquals(200, new HashSet<>(drawn).size(), "no number twice");
        assertTrue(drawn.stream().noneMatch(used::contains), "no number the cohort already uses");
        assertTrue(drawn.stream().allMatch(n -> n >= 1 && n <= BlindCode.POOL), drawn.toString());
    }

    @Test
    void theOrderOfDrawingSaysNothing() {
        // Given in the order of allocation (which follows the trainees' list), the codes must not follow it.
        List<Integer> drawn = BlindCode.draw(Set.of(), 20, new Random(11));
        assertNotEquals(IntStream.rangeClosed(1, 20).boxed().toList(), drawn, "not simply 1, 2, 3…");
        assertNotEquals(drawn.stream().sorted().toList(), drawn, "not ascending either");
        assertNotEquals(drawn, BlindCode.draw(Set.of(), 20, new Random(12)), "another draw, other codes");
    }

    @Test
    void aCohortLargerThanThePoolStillGetsUniqueCodes() {
        Set<Integer> used = new HashSet<>(IntStream.rangeClosed(1, BlindCode.POOL).boxed().toList());
        List<Integer> drawn = BlindCode.draw(used, 2, new Random(3));
        assertEquals(Set.of(1000, 1001), new HashSet<>(drawn));
    }
}
