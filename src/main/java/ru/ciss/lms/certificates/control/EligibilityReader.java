package ru.ciss.lms.certificates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ciss.lms.assignments.boundary.AcceptedWork;
import ru.ciss.lms.attendance.boundary.AttendanceViews;
import ru.ciss.lms.attendance.boundary.CohortAttendance;
import ru.ciss.lms.course.boundary.CohortRules;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.presentations.PlanState;
import ru.ciss.lms.presentations.boundary.PresentationResults;

/**
 * Reads the facts the certificate rules need for a whole cohort: six queries whatever its size (the attendance
 * register's three, the modules, the accepted answers, the presentations and their setup), the other features' facts
 * through their boundaries.
 */
@ApplicationScoped
public class EligibilityReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseFacts course;

    @Inject
    CohortAttendance attendance;

    @Inject
    AcceptedWork work;

    @Inject
    PresentationResults results;

    /** A trainee of the cohort with their verdict. */
    public record Trainee(long personId, String fullName, String district, Eligibility eligibility)
            implements Serializable {
    }

    /** Every trainee of the cohort, in the register's order (by name). */
    public List<Trainee> of(CohortRules.Rules cohort) {
        AttendanceViews.Register register = attendance.register(cohort);
        Map<Long, String> modules = new LinkedHashMap<>();
        course.modules(cohort.programmeId()).forEach(m -> modules.put(m.id(), m.title()));
        Map<Long, Set<String>> accepted = new HashMap<>();
        work.acceptedModules(cohort.cohortId()).forEach((person, moduleIds) -> moduleIds.stream().map(modules::get)
                .filter(java.util.Objects::nonNull) // an archived module's answer no longer counts
                .forEach(title -> accepted.computeIfAbsent(person, k -> new HashSet<>()).add(title)));
        Map<Long, PresentationResults.Result> presentations = results.byTrainee(cohort.cohortId());
        boolean released = results.released(cohort.cohortId());
        List<String> required = List.copyOf(modules.values());
        return register.rows().stream().map(row -> {
            PresentationResults.Result p = presentations.get(row.personId());
            Eligibility verdict = new Eligibility(
                    Eligibility.attendance(row.result(), register.rule()),
                    Eligibility.assignments(cohort.assignmentsRequired(), required,
                            accepted.getOrDefault(row.personId(), Set.of())),
                    Eligibility.presentation(state(p, released), p == null ? null : p.resultPercent(),
                            cohort.minScorePercent()));
            return new Trainee(row.personId(), row.fullName(), row.district(), verdict);
        }).toList();
    }

    static Eligibility.PresentationState state(PresentationResults.Result p, boolean released) {
        if (p == null || p.state() != PlanState.SUBMITTED) {
            return Eligibility.PresentationState.NOT_SUBMITTED;
        }
        if (!p.scored()) {
            return Eligibility.PresentationState.NOT_SCORED;
        }
        return released ? Eligibility.PresentationState.RELEASED : Eligibility.PresentationState.NOT_RELEASED;
    }
}
