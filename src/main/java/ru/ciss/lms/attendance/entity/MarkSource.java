package ru.ciss.lms.attendance.entity;

/** Where a mark came from: the marking grid, or the trainee's own check-in with the code on the screen. */
public enum MarkSource {
    GRID,
    CHECK_IN
}
