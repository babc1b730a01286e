package ru.ciss.lms.course.entity;

/** Where a cohort is in its life: trainees study in planned and active cohorts; a finished one is read-only. */
public enum CohortStatus {
    PLANNED, ACTIVE, FINISHED
}
