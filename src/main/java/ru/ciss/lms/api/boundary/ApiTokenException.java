package ru.ciss.lms.api.boundary;

import jakarta.ejb.ApplicationException;

/** A token request the rules refuse; the message is a text key of the bundle. */
@ApplicationException(rollback = true)
public class ApiTokenException extends RuntimeException {

    public ApiTokenException(String textKey) {
        super(textKey);
    }

    public String textKey() {
        return getMessage();
    }
}
