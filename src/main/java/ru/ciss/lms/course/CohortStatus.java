package ru.ciss.lms.course;

/**
 * Where a cohort is in its life: planned → active → finished → archived. Trainees study in planned and active
 * cohorts; a finished one is read-only (its trainees see their work, submit nothing); an archived one is read-only
 * too and leaves every list, reachable only by its address.
 */
public enum CohortStatus {
    PLANNED, ACTIVE, FINISHED, ARCHIVED;

    public boolean openForStudy() {
        return this == PLANNED || this == ACTIVE;
    }
}
