package ru.ciss.lms.overview.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ru.ciss.lms.assignments.boundary.AssignmentViews;
import ru.ciss.lms.assignments.boundary.Assignments;
import ru.ciss.lms.attendance.boundary.SessionViews;
import ru.ciss.lms.attendance.boundary.Sessions;
import ru.ciss.lms.certificates.boundary.CertificateViews;
import ru.ciss.lms.certificates.boundary.MyCertificates;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.Study;
import ru.ciss.lms.people.boundary.Consents;
import ru.ciss.lms.platform.security.Role;

/**
 * Everything the trainee's home shows, read in one call: the page every trainee opens most used to make four boundary
 * calls, each its own transaction with a pooled connection taken and checked (issue #25). The features' own
 * boundaries still decide what the caller may see; here they run in this call's one transaction.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.TRAINEE_NAME)
public class TraineeHome {

    @Inject
    Consents consents;

    @Inject
    Study study;

    @Inject
    Assignments assignments;

    @Inject
    Sessions sessions;

    @Inject
    MyCertificates certificates;

    /**
     * The home's data. Without the personal-data consent only the certificates are read (the page then asks for the
     * consent): the studies' boundaries would refuse, and their refusal would roll this call's transaction back.
     */
    public record Home(boolean consentMissing, List<CohortViews.MyCohort> cohorts,
                       List<AssignmentViews.HomeRow> assignments, List<SessionViews.DayRow> today,
                       List<CertificateViews.Mine> certificates) {
    }

    public Home mine() {
        List<CertificateViews.Mine> mine = certificates.mine();
        if (!consents.personalDataConsentInForce()) {
            return new Home(true, List.of(), List.of(), List.of(), mine);
        }
        List<CohortViews.MyCohort> cohorts = study.myCohorts();
        // Not in a cohort (yet): no assignments to look for.
        return new Home(false, cohorts, cohorts.isEmpty() ? List.of() : assignments.overview(),
                sessions.myDaysToday(), mine);
    }
}
