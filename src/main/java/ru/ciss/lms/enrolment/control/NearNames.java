package ru.ciss.lms.enrolment.control;

import java.util.Map;

/**
 * Finds the one known name a misspelt one most likely meant («Черлакскийй» → «Черлакский»), for the preview to offer
 * as a correction the curator accepts; nothing is ever corrected silently. Names are compared after the same
 * normalisation the exact lookup uses (case, ё/е, «район», «г.»), by the optimal string alignment distance (one
 * insertion, deletion, substitution or swap of two neighbours each counts 1). The allowance grows with the length,
 * because a short name is one edit away from too many others; a tie between two names offers neither.
 */
public final class NearNames {

    private NearNames() {
    }

    /** Edits allowed for a written name of this many characters: none up to 4, 1 up to 8, then 2. */
    static int allowance(int length) {
        return length <= 4 ? 0 : length <= 8 ? 1 : 2;
    }

    /**
     * The value of the single key nearest to {@code normalised} within the allowance, or null when none is near
     * enough or two different values are equally near.
     */
    static <T> T nearest(String normalised, Map<String, T> known) {
        if (normalised == null || normalised.isEmpty()) {
            return null;
        }
        int allowed = allowance(normalised.length());
        if (allowed == 0) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        T found = null;
        boolean tie = false;
        for (Map.Entry<String, T> entry : known.entrySet()) {
            String name = entry.getKey();
            if (Math.abs(name.length() - normalised.length()) > allowed) {
                continue; // cannot be near: saves the table for most names
            }
            int d = distance(normalised, name);
            if (d > allowed || d == 0) {
                continue;
            }
            if (d < best) {
                best = d;
                found = entry.getValue();
                tie = false;
            } else if (d == best && !entry.getValue().equals(found)) {
                tie = true;
            }
        }
        return tie ? null : found;
    }

    /** Optimal string alignment distance between a and b. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
