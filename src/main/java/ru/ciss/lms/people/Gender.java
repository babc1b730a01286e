package ru.ciss.lms.people;

/** A person's grammatical gender, for the Russian words that agree with it; unknown is null (the neutral form). */
public enum Gender {
    MALE, FEMALE
}
