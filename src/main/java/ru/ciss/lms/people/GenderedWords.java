package ru.ciss.lms.people;

import java.util.Locale;
import ru.ciss.lms.people.Gender;

/**
 * The words that agree with a person's gender («прошла», «деактивирована»), in one place. A gender set on the person
 * wins; otherwise the patronymic suggests one where it tells for sure; otherwise the neutral form («прошёл(а)»).
 */
public final class GenderedWords {

    private GenderedWords() {
    }

    /**
     * The gender a Russian (or Turkic) patronymic tells: -ич (Иванович, Ильич) and -оглы/-улы male; -вна, -ична
     * (Ильинична) and -кызы/-гызы female; anything else (no patronymic, a foreign one) null: a guess would put a
     * wrong word on a certificate, which is worse than the neutral one.
     */
    public static Gender suggest(String patronymic) {
        if (patronymic == null || patronymic.isBlank()) {
            return null;
        }
        String p = patronymic.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (p.endsWith("вна") || p.endsWith("ична") || p.endsWith("кызы") || p.endsWith("гызы")) {
            return Gender.FEMALE;
        }
        if (p.endsWith("ич") || p.endsWith("оглы") || p.endsWith("улы")) {
            return Gender.MALE;
        }
        return null;
    }

    /** The gender the words follow: the one set, else the one the patronymic suggests, else null (neutral). */
    public static Gender of(Gender set, String patronymic) {
        return set != null ? set : suggest(patronymic);
    }

    /** «прошёл» / «прошла» / «прошёл(а)», as the certificate prints it. */
    public static String passed(Gender gender) {
        return gender == null ? "прошёл(а)" : gender == Gender.FEMALE ? "прошла" : "прошёл";
    }

    /**
     * The message key for the gender: {@code base.male}, {@code base.female}, or {@code base} itself (the neutral
     * form) when unknown. Both bundles have all three keys; in English they read alike.
     */
    public static String key(String base, Gender gender) {
        return gender == null ? base : base + "." + gender.name().toLowerCase(Locale.ROOT);
    }
}
