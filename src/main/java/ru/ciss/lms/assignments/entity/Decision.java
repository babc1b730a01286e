package ru.ciss.lms.assignments.entity;

/** A reviewer's decision on one submitted version. */
public enum Decision {
    ACCEPTED, RETURNED
}
