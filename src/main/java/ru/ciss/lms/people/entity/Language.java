package ru.ciss.lms.people.entity;

import java.util.Locale;

/** The languages of the interface: Russian first, English second. */
public enum Language {
    RU, EN;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Anything that is not clearly English is Russian: the school's default. */
    public static Language of(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? EN : RU;
    }
}
