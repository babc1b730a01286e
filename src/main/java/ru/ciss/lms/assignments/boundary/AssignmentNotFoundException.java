package ru.ciss.lms.assignments.boundary;

import jakarta.ejb.ApplicationException;

/** Unknown, or not the caller's to see: both answer the same, so ids cannot be probed. */
@ApplicationException(rollback = true)
public class AssignmentNotFoundException extends RuntimeException {

    public AssignmentNotFoundException() {
        super("not found");
    }
}
