package ru.ciss.lms.course.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Study;
import ru.ciss.lms.people.boundary.ConsentRequiredException;

/** The trainee's home: their cohorts, module progress and the next lesson to open. */
@Named
@RequestScoped
public class MyStudies {

    @Inject
    Study study;

    @Inject
    ru.ciss.lms.assignments.boundary.Assignments assignments;

    private List<CohortViews.MyCohort> cohorts;
    private List<ru.ciss.lms.assignments.boundary.AssignmentViews.HomeRow> assignmentRows;
    private boolean consentMissing;

    public List<CohortViews.MyCohort> getCohorts() {
        if (cohorts == null) {
            try {
                cohorts = study.myCohorts();
            } catch (ConsentRequiredException e) {
                consentMissing = true; // the page asks for the consent instead of showing the studies
                cohorts = List.of();
            }
        }
        return cohorts;
    }

    /** Each assignment with its state and due date; overdue ones stand out on the page. */
    public List<ru.ciss.lms.assignments.boundary.AssignmentViews.HomeRow> getAssignments() {
        if (assignmentRows == null) {
            assignmentRows = isConsentMissing() ? List.of() : assignments.overview();
        }
        return assignmentRows;
    }

    /**
     * The cohort's next assignment to do, shown beside «Продолжить»: of the cohort's modules whose answer is neither
     * submitted nor accepted, the one due first (those without a due date after, by module order); null when none.
     * Read from the rows above, so no query more. A list of none or one, for the page to repeat over.
     */
    public List<ru.ciss.lms.assignments.boundary.AssignmentViews.HomeRow> nextAssignment(CohortViews.MyCohort cohort) {
        return assignmentsOf(cohort).stream()
                .filter(ru.ciss.lms.assignments.boundary.AssignmentViews.HomeRow::toDo)
                .min(java.util.Comparator.comparing(ru.ciss.lms.assignments.boundary.AssignmentViews.HomeRow::dueAt,
                                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(ru.ciss.lms.assignments.boundary.AssignmentViews.HomeRow::position))
                .map(List::of).orElse(List.of());
    }

    /**
     * The cohort's own assignments, under its heading: a trainee in two cohorts of one programme sees each module once
     * per cohort, each linking to that cohort's answer (issue #19).
     */
    public List<ru.ciss.lms.assignments.boundary.AssignmentViews.HomeRow> assignmentsOf(CohortViews.MyCohort cohort) {
        return getAssignments().stream().filter(a -> a.cohortId() == cohort.cohortId()).toList();
    }

    public boolean isConsentMissing() {
        getCohorts();
        return consentMissing;
    }
}
