package ru.ciss.lms.presentations;

/** Where a trainee's plan stands. A submitted plan is locked until an administrator returns it. */
public enum PlanState {
    DRAFT,
    SUBMITTED,
    RETURNED;

    public boolean isEditable() {
        return this != SUBMITTED;
    }
}
