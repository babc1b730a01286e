package ru.ciss.lms.people.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record since it was opened; saving now would silently undo their change. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException() {
        super("the record was changed by someone else");
    }
}
