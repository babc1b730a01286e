package ru.ciss.lms.assignments;

/** The state of a trainee's answer, after its latest event. */
public enum SubmissionState {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
