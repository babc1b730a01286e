package ru.ciss.lms.assignments.entity;

/** The state of a trainee's answer, after its latest event. */
public enum SubmissionState {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
