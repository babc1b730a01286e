package ru.ciss.lms.presentations.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The anonymous codes mentors know presentations by when scoring is blind («П-017»). A code is a number drawn at
 * random among those its cohort has not used: it tells nothing about the person, their id, their name's place in
 * the alphabet or when they submitted.
 */
public final class BlindCode {

    /** Three digits cover any cohort the school runs; a larger one simply gets longer numbers. */
    static final int POOL = 999;

    private BlindCode() {
    }

    /** «П-017»: the same in every language, so an administrator and a mentor name a presentation alike. */
    public static String label(int code) {
        return "П-" + String.format("%03d", code);
    }

    /** {@code count} new numbers, none in {@code used}, in random order. */
    public static List<Integer> draw(Set<Integer> used, int count, RandomGenerator random) {
        int pool = Math.max(POOL, used.size() + count);
        List<Integer> free = new ArrayList<>(pool - used.size());
        for (int n = 1; n <= pool; n++) {
            if (!used.contains(n)) {
                free.add(n);
            }
        }
        Collections.shuffle(free, random);
        return List.copyOf(free.subList(0, count));
    }
}
