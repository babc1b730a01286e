package ru.ciss.lms.people.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a searched name is compared (issue #20, point 7): lower case, ё as е, one word at a time in any order. The
 * database keeps the same form of every person's «фамилия имя отчество» in {@code person.search_name} (migration
 * V26); both sides must change together.
 */
public final class NameSearch {

    /** More words than a full name has only make the query longer. */
    static final int MAX_WORDS = 6;

    private NameSearch() {
    }

    /** The comparable form: composed letters (a pasted «е» + combining diaeresis is ё), lower case, ё as е. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /**
     * The words of a search, each as a LIKE pattern ({@code %word%}) with the user's own % and _ taken literally;
     * none for a blank text. Spaces of any kind (a non-breaking one copied from a table included) and commas part words.
     */
    public static List<String> likePatterns(String text) {
        return Arrays.stream(normalise(text).split("[\\s\\p{Z},;]+"))
                .filter(w -> !w.isEmpty()).distinct().limit(MAX_WORDS)
                .map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }
}
