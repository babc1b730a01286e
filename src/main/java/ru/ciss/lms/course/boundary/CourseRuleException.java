package ru.ciss.lms.course.boundary;

import jakarta.ejb.ApplicationException;

/** A request the course rules refuse; the key names the text shown to the user. */
@ApplicationException(rollback = true)
public class CourseRuleException extends RuntimeException {

    private final String messageKey;

    public CourseRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
