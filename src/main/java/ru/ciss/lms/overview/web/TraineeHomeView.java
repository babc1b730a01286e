package ru.ciss.lms.overview.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import ru.ciss.lms.assignments.boundary.AssignmentViews.HomeRow;
import ru.ciss.lms.attendance.boundary.SessionViews;
import ru.ciss.lms.certificates.boundary.CertificateViews;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.overview.boundary.TraineeHome;
import ru.ciss.lms.people.boundary.ConsentRequiredException;

/**
 * The trainee's home: their cohorts with module progress and the next lesson, each cohort's assignments, today's
 * session days and their certificates. One request-scoped bean and one boundary call per page (issue #25: every
 * request-scoped bean costs the server a round of service look-ups when it is created).
 */
@Named("traineeHome")
@RequestScoped
public class TraineeHomeView {

    @Inject
    TraineeHome boundary;

    private TraineeHome.Home home;

    private TraineeHome.Home home() {
        if (home == null) {
            try {
                home = boundary.mine();
            } catch (ConsentRequiredException withdrawnMeanwhile) {
                // Withdrawn in another tab between the call's own check and the studies' reads: asked again, the call
                // now finds it missing and answers with the request for it.
                home = boundary.mine();
            }
        }
        return home;
    }

    /** True when the personal-data consent is not in force: the page asks for it instead of showing the studies. */
    public boolean isConsentMissing() {
        return home().consentMissing();
    }

    public List<CohortViews.MyCohort> getCohorts() {
        return home().cohorts();
    }

    /** Today's session days (Omsk time) in the trainee's cohorts, each with the way to check in. */
    public List<SessionViews.DayRow> getToday() {
        return home().today();
    }

    public List<CertificateViews.Mine> getCertificates() {
        return home().certificates();
    }

    /**
     * The cohort's next assignment to do, shown beside «Продолжить»: of the cohort's modules whose answer is neither
     * submitted nor accepted, the one due first (those without a due date after, by module order). Read from the rows
     * above, so no query more. A list of none or one, for the page to repeat over.
     */
    public List<HomeRow> nextAssignment(CohortViews.MyCohort cohort) {
        return assignmentsOf(cohort).stream()
                .filter(HomeRow::toDo)
                .min(Comparator.comparing(HomeRow::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(HomeRow::position))
                .map(List::of).orElse(List.of());
    }

    /**
     * The cohort's own assignments, under its heading: a trainee in two cohorts of one programme sees each module once
     * per cohort, each linking to that cohort's answer (issue #19).
     */
    public List<HomeRow> assignmentsOf(CohortViews.MyCohort cohort) {
        return home().assignments().stream().filter(a -> a.cohortId() == cohort.cohortId()).toList();
    }
}
