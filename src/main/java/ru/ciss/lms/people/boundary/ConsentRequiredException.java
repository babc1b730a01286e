package ru.ciss.lms.people.boundary;

import jakarta.ejb.ApplicationException;

/** The caller has not (or no longer) consented to the processing of their personal data, so may not study yet. */
@ApplicationException(rollback = true)
public class ConsentRequiredException extends RuntimeException {

    public ConsentRequiredException() {
        super("consent to the processing of personal data is required");
    }
}
