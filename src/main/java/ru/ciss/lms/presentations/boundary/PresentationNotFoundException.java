package ru.ciss.lms.presentations.boundary;

import jakarta.ejb.ApplicationException;

/** Unknown, or not the caller's to see: both answer the same, so ids cannot be probed. */
@ApplicationException(rollback = true)
public class PresentationNotFoundException extends RuntimeException {

    public PresentationNotFoundException() {
        super("not found");
    }
}
