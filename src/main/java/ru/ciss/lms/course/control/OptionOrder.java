package ru.ciss.lms.course.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order a trainee sees a self-check question's options in: shuffled, so the right answer's place in the file
 * teaches nothing, and the same for one attempt (a reload, a second tab, a view rebuilt after it expired show it
 * unchanged) but new after each answer and different from one trainee to the next. Answers are judged by the
 * option's text, never by its place, so an answer posted from an older order is still judged right.
 */
public final class OptionOrder {

    private OptionOrder() {
    }

    /**
     * @param attempt what tells one attempt from the next: the id of the trainee's last answer to the question,
     *                0 before the first
     */
    public static <T> List<T> forAttempt(List<T> options, long personId, long questionId, long attempt) {
        // java.util.Random's sequence is fixed by its specification: the same seed gives the same order on any server.
        long seed = personId * 0x9E3779B97F4A7C15L ^ questionId * 0xC2B2AE3D27D4EB4FL ^ attempt * 0x165667B19E3779F9L;
        return shuffled(options, new Random(seed));
    }

    /** A fresh order, for a copy that has no attempts of its own (the offline module file). */
    public static <T> List<T> shuffled(List<T> options, Random random) {
        List<T> order = new ArrayList<>(options);
        Collections.shuffle(order, random);
        return order;
    }
}
