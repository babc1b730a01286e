package ru.ciss.lms.presentations.boundary;

import ru.ciss.lms.presentations.entity.Presentation;

/** Lets tests of other packages start from the plan a new trainee sees. */
public final class PresentationsTestAccess {

    private PresentationsTestAccess() {
    }

    public static Presentation.Plan emptyPlan() {
        return Presentations.emptyPlan();
    }
}
