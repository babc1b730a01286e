package ru.ciss.lms.course.boundary;

import jakarta.ejb.ApplicationException;

/** An id in an address that names no current programme or lesson; pages answer it with 404. */
@ApplicationException(rollback = true)
public class CourseNotFoundException extends RuntimeException {
    public CourseNotFoundException() {
        super("no such programme or lesson");
    }
}
