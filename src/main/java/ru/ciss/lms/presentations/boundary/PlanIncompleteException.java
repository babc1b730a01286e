package ru.ciss.lms.presentations.boundary;

import java.util.List;

/** A plan submitted with parts missing; the page names every missing part in the reader's language. */
public class PlanIncompleteException extends PresentationRefusedException {

    private final List<String> missing;

    public PlanIncompleteException(List<String> missing) {
        super("presentation.refused.incomplete");
        this.missing = List.copyOf(missing);
    }

    /** Message keys of the missing parts. */
    public List<String> missing() {
        return missing;
    }
}
