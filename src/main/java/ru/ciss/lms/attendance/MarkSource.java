package ru.ciss.lms.attendance;

/**
 * Where a mark came from: the marking grid, the trainee's own check-in with the code on the screen, or another
 * system through the REST API (in the name of the token's owner).
 */
public enum MarkSource {
    GRID,
    CHECK_IN,
    API
}
