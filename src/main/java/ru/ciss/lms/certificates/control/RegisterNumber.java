package ru.ciss.lms.certificates.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The register number printed on a certificate (for example {@code РЦ-2026-0001}) and the checks around it.
 *
 * <p>A number is made from a pattern with the placeholders {@code {series}}, {@code {year}} and {@code {number}}.
 * It is both printed on paper and typed back by whoever verifies the certificate, and it becomes part of a
 * verification URL, so only characters that survive all three are allowed: Latin and Cyrillic letters, digits and
 * {@code - / _ .} (no spaces, no {@code ? # %}, which would cut or garble a URL path).
 */
public final class RegisterNumber {

    /** The pattern used unless the settings say otherwise. */
    public static final String DEFAULT_PATTERN = "{series}-{year}-{number}";

    /** The width {@code {number}} is padded to unless the settings say otherwise. */
    public static final int DEFAULT_DIGITS = 4;

    /** The longest number a lookup accepts; also the most a formatted number may take. */
    public static final int MAX_LENGTH = 40;

    private static final String SERIES = "{series}";
    private static final String YEAR = "{year}";
    private static final String NUMBER = "{number}";

    /**
     * Letters are listed explicitly rather than taken from {@link Character#isLetter}: Greek or other look-alike
     * letters would give numbers that look the same on paper but never match when typed.
     */
    private static final String ALLOWED = "A-Za-z\u0410-\u044F\u0401\u04510-9/_.\\-";
    private static final Pattern WELL_FORMED = Pattern.compile("[" + ALLOWED + "]{1," + MAX_LENGTH + "}");
    private static final Pattern ALLOWED_TEXT = Pattern.compile("[" + ALLOWED + "]+");

    /** Dashes that word processors and PDF viewers put where a plain hyphen-minus was printed. */
    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]");

    private RegisterNumber() {
    }

    /**
     * The number for one certificate, upper-cased: {@link #normalise} upper-cases what people type, so an issued
     * number must already be in that form or a correctly typed number would never be found.
     *
     * @param digits the width {@code {number}} is zero-padded to; a wider sequence is written in full, because
     *               a truncated one would repeat an earlier number
     * @throws IllegalArgumentException for a pattern {@link #checkPattern} refuses, a series with characters
     *                                  outside the allowed set, a year outside 1..9999, a negative sequence,
     *                                  digits outside 1..18, or a result longer than {@value #MAX_LENGTH}
     *                                  characters (a lookup would refuse it)
     */
    public static String format(String pattern, String series, int year, long sequence, int digits) {
        checkPattern(pattern);
        if (series == null || !ALLOWED_TEXT.matcher(series).matches()) {
            throw new IllegalArgumentException("The series must be letters, digits, '-', '/', '_' or '.': " + series);
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("The year must be between 1 and 9999: " + year);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("The sequence must not be negative: " + sequence);
        }
        if (digits < 1 || digits > 18) {
            throw new IllegalArgumentException("The number of digits must be between 1 and 18: " + digits);
        }
        String number = String.valueOf(sequence);
        if (number.length() < digits) {
            number = "0".repeat(digits - number.length()) + number;
        }
        String result = pattern.replace(SERIES, series).replace(YEAR, String.valueOf(year)).replace(NUMBER, number)
                .toUpperCase(Locale.ROOT);
        if (result.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The number would be longer than " + MAX_LENGTH + " characters: "
                    + result);
        }
        return result;
    }

    /**
     * Refuses a pattern that could give two certificates the same number or a number that breaks a URL: it must
     * contain {@code {number}} exactly once (twice would only repeat it; none would number every certificate
     * alike), and {@code {series}} and {@code {year}} (without them the first certificate of every series or every
     * year would be numbered alike); no other placeholder; and literal text only from the allowed characters.
     *
     * @throws IllegalArgumentException with the reason, for a settings page to show
     */
    public static void checkPattern(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("The pattern is empty");
        }
        int numbers = 0;
        int series = 0;
        int years = 0;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{') {
                int end = pattern.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed '{' in the pattern: " + pattern);
                }
                String placeholder = pattern.substring(i, end + 1);
                switch (placeholder) {
                    case NUMBER -> numbers++;
                    case SERIES -> series++;
                    case YEAR -> years++;
                    default -> throw new IllegalArgumentException("Unknown placeholder " + placeholder
                            + "; allowed are {series}, {year} and {number}");
                }
                i = end + 1;
            } else {
                if (!ALLOWED_TEXT.matcher(String.valueOf(c)).matches()) {
                    throw new IllegalArgumentException("Character '" + c + "' is not allowed in the pattern; "
                            + "allowed are letters, digits, '-', '/', '_' and '.'");
                }
                i++;
            }
        }
        if (numbers != 1) {
            throw new IllegalArgumentException("The pattern must contain {number} exactly once: " + pattern);
        }
        if (series == 0 || years == 0) {
            throw new IllegalArgumentException("The pattern must contain {series} and {year}: " + pattern);
        }
    }

    /**
     * Whether a lookup may take this text to the database at all: 1..{@value #MAX_LENGTH} characters after
     * stripping, all from the allowed set. Anything else cannot be a number we issued, and refusing it early keeps
     * junk (and attempts at injection) out of queries and logs.
     */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate.strip()).matches();
    }

    /**
     * What a person typed on the verification form, made comparable with issued numbers: stripped, upper-cased
     * (Locale.ROOT, so the result does not depend on the server's language; Ё stays Ё), and the dashes that word
     * processors, PDF copy-and-paste and phone keyboards substitute for '-' turned back into '-'.
     *
     * <p>Nothing cleverer on purpose: mapping look-alike Latin and Cyrillic letters onto each other would make
     * two different issued numbers equal (a series "PC" and a series "РС"), and a verification page must never
     * confirm a certificate other than the one asked about. A null is "" (which is not well-formed).
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return DASHES.matcher(typed.strip().toUpperCase(Locale.ROOT)).replaceAll("-");
    }
}
