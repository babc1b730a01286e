package ru.ciss.lms.outcomes.entity;

/** Reported by the graduate (or entered by an administrator), then confirmed against the evidence or questioned. */
public enum OutcomeState {
    REPORTED,
    CONFIRMED,
    /** The administrator asked for more: the graduate may correct it, and it is reported again. */
    QUESTIONED
}
