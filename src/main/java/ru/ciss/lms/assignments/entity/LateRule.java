package ru.ciss.lms.assignments.entity;

/** What happens to an answer after its due time. */
public enum LateRule {
    /** Accepted and flagged as late. */
    ACCEPT,
    /** Refused after the cut-off (the due time unless another is set). */
    CLOSE
}
