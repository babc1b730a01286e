package ru.ciss.lms.enrolment.control;

import java.util.Locale;
import java.util.regex.Pattern;

/** How cells are cleaned, and how names written by people are compared with the names the system knows. */
final class Words {

    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern SPACES_AND_PUNCTUATION = Pattern.compile("(?U)[\\p{P}\\p{S}\\s]+");
    /** Longest first, so that "муниципальный район" is not cut down to "муниципальный". */
    private static final String[] DISTRICT_SUFFIXES = {"муниципальный район", "municipal district", "район", "р-н",
        "district"};
    private static final String[] CITY_PREFIXES = {"город ", "г.", "city of "};

    private Words() {
    }

    /**
     * A cell stripped of surrounding blanks, or null when nothing is left. No-break and zero-width spaces are
     * stripped too: Excel users paste them from web pages and documents, and String.strip() keeps them.
     */
    static String cell(String raw) {
        if (raw == null) {
            return null;
        }
        int from = 0;
        int to = raw.length();
        while (from < to && blank(raw.charAt(from))) {
            from++;
        }
        while (to > from && blank(raw.charAt(to - 1))) {
            to--;
        }
        return from == to ? null : raw.substring(from, to);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** For column names and organisation kinds: case, ё/е and punctuation do not matter ("E-mail" = "email"). */
    static String label(String written) {
        return SPACES_AND_PUNCTUATION.matcher(lower(written)).replaceAll(" ").strip();
    }

    /**
     * For districts: "КРУТИНСКИЙ р-н", "Крутинский район" and "Крутинский" are the same; "г. Омск", "город Омск" and
     * "Омск" too. Hyphens stay, because they are part of names such as Усть-Ишимский.
     */
    static String district(String written) {
        String name = SPACES.matcher(lower(written)).replaceAll(" ").strip();
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        for (String suffix : DISTRICT_SUFFIXES) {
            if (name.endsWith(" " + suffix)) {
                name = name.substring(0, name.length() - suffix.length()).strip();
                break;
            }
        }
        for (String prefix : CITY_PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                name = name.substring(prefix.length()).strip();
                break;
            }
        }
        return name;
    }

    private static String lower(String written) {
        return written.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
