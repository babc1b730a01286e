package ru.ciss.lms.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.attendance.AttendanceRate;
import ru.ciss.lms.attendance.boundary.AttendanceViews;
import ru.ciss.lms.attendance.control.Trainees;
import ru.ciss.lms.attendance.entity.AttendanceMark;
import ru.ciss.lms.attendance.entity.SessionDay;
import ru.ciss.lms.course.boundary.CohortRules;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * A cohort's whole register, every trainee × every day, with each trainee's rate against the cohort's rule. Three
 * queries whatever the cohort's size. No access check here: the marking pages check the caller, and the certificate
 * rules read it on behalf of an administrator (also from a background job, which has no caller).
 */
@ApplicationScoped
public class CohortAttendance {

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarDays calendarDays;

    @Inject
    Trainees trainees;

    public AttendanceViews.Register register(CohortRules.Rules cohort) {
        // A cancelled day is no column and no figure: nobody was expected that day.
        List<SessionViews.DayRow> days = SessionViews.DayRow.held(calendarDays.ofCohort(cohort.cohortId()));
        Map<String, AttendanceMark> marks = new HashMap<>();
        em.createQuery("SELECT a FROM AttendanceMark a WHERE a.dayId IN (SELECT d.id FROM SessionDay d "
                        + "WHERE d.session.cohortId = :cohort)", AttendanceMark.class)
                .setParameter("cohort", cohort.cohortId()).getResultList()
                .forEach(a -> marks.put(a.getDayId() + ":" + a.getPersonId(), a));
        AttendanceRate.Rule rule = ruleOf(cohort);
        LocalDate today = LocalDate.now(SchoolClock.current());
        List<AttendanceViews.RegisterRow> rows = trainees.of(cohort.cohortId()).stream().map(t -> {
            List<AttendanceRate.DayState> states = days.stream()
                    .map(d -> state(t, d.day(), marks.get(d.dayId() + ":" + t.personId()), today)).toList();
            return new AttendanceViews.RegisterRow(t.personId(), t.fullName(), t.district(), t.organisationKind(), states,
                    AttendanceRate.of(states, rule));
        }).toList();
        return new AttendanceViews.Register(cohort.name(), rule, days, rows);
    }

    public static AttendanceRate.DayState state(Trainees.Trainee trainee, LocalDate day, AttendanceMark mark,
                                                LocalDate today) {
        if (trainee == null || !trainee.expectedOn(day)) {
            return AttendanceRate.DayState.NOT_EXPECTED;
        }
        if (mark != null) {
            return AttendanceRate.DayState.of(mark.getStatus());
        }
        // Today is not over until it ends: unmarked, it still lies ahead (the trainee may yet check in, the curator
        // marks during the day), as the curators' agenda counts unmarked days only before today. A trainee enrolled
        // this morning is not «под угрозой» for a day that is still going on.
        return day.isBefore(today) ? AttendanceRate.DayState.NOT_MARKED : AttendanceRate.DayState.UPCOMING;
    }

    public static AttendanceRate.Rule ruleOf(CohortRules.Rules cohort) {
        return new AttendanceRate.Rule(cohort.minAttendancePercent(), cohort.excusedCounts());
    }
}
