package ru.ciss.lms.assignments.entity;

/** Whose a submission's file is. */
public enum FileRole {
    /** The trainee's answer. */
    ANSWER,
    /** The reviewer's feedback. */
    FEEDBACK
}
