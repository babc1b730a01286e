package ru.ciss.lms.course.boundary;

import jakarta.ejb.ApplicationException;

/** A request the course rules refuse; the key names the text shown to the user. */
@ApplicationException(rollback = true)
public class CourseRuleException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public CourseRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    /** What the text says about this refusal (e.g. how many trainees stand in the way). */
    public Object[] arguments() {
        return arguments.clone();
    }
}
