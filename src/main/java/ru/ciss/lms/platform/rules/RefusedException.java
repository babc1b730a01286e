package ru.ciss.lms.platform.rules;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/**
 * A request the rules refuse, with a message key that says why (and its arguments). It rolls the transaction back,
 * so nothing of the refused request is saved; each feature names its own subclass, the pages show them alike.
 * A refusal that concerns fields names them ({@link #problems()}), so the page shows each next to its field.
 */
@ApplicationException(rollback = true, inherited = true)
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final List<Problem> problems;

    /**
     * What is wrong with one field: its path in the form (the ids from the form down, joined by ':', e.g.
     * {@code "funding:2:amount"} for the amount of the third funding row), the message key and its arguments.
     */
    public record Problem(String field, String messageKey, Object... args) implements Serializable {
    }

    public RefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
        this.problems = List.of();
    }

    /** A refusal with everything wrong at once; the message key says what it means for the whole request. */
    public RefusedException(String messageKey, List<Problem> problems) {
        super(messageKey + " " + problems.stream().map(p -> p.field() + "=" + p.messageKey()).toList());
        this.messageKey = messageKey;
        this.args = new Object[0];
        this.problems = List.copyOf(problems);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }

    /** The problems of single fields; empty when the refusal concerns the request as a whole. */
    public List<Problem> problems() {
        return problems;
    }
}
