package ru.ciss.lms.course.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A cohort form the rules refuse, with every problem at once: field id → text key. */
@ApplicationException(rollback = true)
public class CohortFormException extends RuntimeException {

    private final Map<String, String> problems;

    public CohortFormException(Map<String, String> problems) {
        super(String.join(", ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
