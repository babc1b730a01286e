package ru.ciss.lms.people.boundary;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be: long enough and hard to guess (issue #21), short enough that hashing it cannot be abused.
 * Guessability is zxcvbn's estimate: a password it scores below {@link #MIN_SCORE} (guessed within about a million
 * tries: «12345678», «password1», «qwertyui», the person's own name or e-mail) is refused with the reason in words.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    /** zxcvbn's 0–4 scale; 2 means "somewhat guessable": more than 10^6 guesses, safe against throttled guessing. */
    static final int MIN_SCORE = 2;

    /** Loads its dictionaries once; measuring is thread-safe. */
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    /**
     * @param personal what the password must not be built from: the person's e-mail, names, organisation
     * @return the message key of the first rule broken, or null when the password is acceptable
     */
    public static String problem(String password, String... personal) {
        if (password == null || password.isBlank() || password.length() < MIN_LENGTH) {
            return "people.password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "people.password.tooLong";
        }
        List<String> inputs = inputs(personal);
        if (onlyPersonalWords(password, inputs)) {
            return "people.password.personal";
        }
        Strength strength = ESTIMATOR.measure(password, inputs);
        return strength.getScore() >= MIN_SCORE ? null : reason(strength.getSequence());
    }

    /**
     * Whether the password's letters are nothing but the person's own words, in any order and case, with ё as е,
     * whatever stands between them, plus at most a year's digits: «Татьяна Ершова», «ершова.татьяна2026». zxcvbn
     * scores two names with a space and capitals as "somewhat guessable", but a name is the first thing tried.
     */
    static boolean onlyPersonalWords(String password, List<String> inputs) {
        StringBuilder kept = new StringBuilder();
        int digits = 0;
        for (char c : plain(password).toCharArray()) {
            if (Character.isLetter(c)) {
                kept.append(c);
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        List<String> words = inputs.stream().map(PasswordPolicy::plain)
                .filter(w -> w.length() >= 3 && w.chars().allMatch(Character::isLetter)).distinct().toList();
        String letters = kept.toString();
        if (letters.isEmpty() || digits > 4 || words.isEmpty()) {
            return false;
        }
        // Can the letters be cut into the person's words from start to end?
        boolean[] reachable = new boolean[letters.length() + 1];
        reachable[0] = true;
        for (int i = 0; i < letters.length(); i++) {
            if (reachable[i]) {
                for (String word : words) {
                    if (letters.startsWith(word, i)) {
                        reachable[i + word.length()] = true;
                    }
                }
            }
        }
        return reachable[letters.length()];
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The e-mail's local part and each word of the names count too, lower-cased as zxcvbn compares. */
    private static List<String> inputs(String... personal) {
        List<String> inputs = new ArrayList<>();
        for (String value : personal) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String lower = value.strip().toLowerCase(Locale.ROOT);
            inputs.add(lower);
            int at = lower.indexOf('@');
            if (at > 0) {
                inputs.add(lower.substring(0, at));
            }
            for (String word : lower.split("[\\s@._-]+")) {
                if (word.length() >= 3) {
                    inputs.add(word);
                }
            }
        }
        return inputs;
    }

    /** The reason a person can act on, from the weakest kind of part the estimator found. */
    private static String reason(List<Match> parts) {
        for (Match part : parts) {
            if (part.pattern == Pattern.Dictionary && "user_inputs".equals(part.dictionaryName)) {
                return "people.password.personal";
            }
        }
        for (Match part : parts) {
            if (part.pattern == Pattern.Dictionary && "passwords".equals(part.dictionaryName)) {
                return "people.password.common";
            }
        }
        // The kind a person most easily recognises first: "aaaa" is a repeat before it is anything else.
        for (Pattern kind : List.of(Pattern.Repeat, Pattern.Spatial, Pattern.Sequence, Pattern.Date)) {
            if (parts.stream().anyMatch(part -> part.pattern == kind)) {
                return switch (kind) {
                    case Repeat -> "people.password.repeat";
                    case Spatial -> "people.password.keyboard";
                    case Sequence -> "people.password.sequence";
                    default -> "people.password.date";
                };
            }
        }
        return "people.password.weak";
    }

    private PasswordPolicy() {
    }
}
