package ru.ciss.lms.attendance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.ciss.lms.attendance.entity.SessionDay;
import ru.ciss.lms.attendance.entity.TrainingSession;
import ru.ciss.lms.course.boundary.CohortRules;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.CohortAccess;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/** Administrators schedule a cohort's sessions and days; everyone in a cohort sees its calendar. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
public class Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortRules cohortRules;

    @Inject
    Caller caller;

    @Inject
    CohortAccess access;

    @Inject
    CalendarDays calendarDays;

    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public TrainingSession create(long cohortId, @NotNull @Valid TrainingSession draft) {
        cohort(cohortId);
        TrainingSession session = new TrainingSession(cohortId);
        session.setTitle(draft.getTitle());
        session.setFormat(draft.getFormat());
        session.setPlace(draft.getPlace());
        session.setLink(draft.getLink());
        em.persist(session);
        return session;
    }

    /** Adds a day to a session: within the cohort's dates, ending after it starts, once per date. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public SessionDay addDay(long sessionId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String agenda) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null) {
            throw new AttendanceRefusedException("attendance.notFound");
        }
        CohortRules.Rules cohort = cohort(session.getCohortId());
        // Every problem of the form at once, each at its field (issue #18).
        java.util.List<RefusedException.Problem> problems = new java.util.ArrayList<>();
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            problems.add(new RefusedException.Problem("ends", "attendance.day.badTimes"));
        }
        if (day == null) {
            problems.add(new RefusedException.Problem("day", "attendance.day.badTimes"));
        } else if (day.isBefore(cohort.startsOn()) || day.isAfter(cohort.endsOn())) {
            problems.add(new RefusedException.Problem("day", "attendance.day.outsideCohort", cohort.startsOn(),
                    cohort.endsOn()));
        } else if (!em.createQuery("SELECT d.id FROM SessionDay d WHERE d.session = :session AND d.day = :day",
                Long.class).setParameter("session", session).setParameter("day", day).getResultList().isEmpty()) {
            problems.add(new RefusedException.Problem("day", "attendance.day.taken"));
        }
        if (agenda != null && agenda.length() > 5000) {
            problems.add(new RefusedException.Problem("agenda", "attendance.day.agendaTooLong"));
        }
        if (!problems.isEmpty()) {
            throw new AttendanceRefusedException("attendance.day.refused", problems);
        }
        SessionDay created = new SessionDay(session, day, startsAt, endsAt, agenda);
        em.persist(created);
        return created;
    }

    /** The cohort's own attendance rule and late threshold; nulls bring back the programme's and the default. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public void setRule(long cohortId, Integer minPercent, Boolean excusedCounts, Integer lateAfterMinutes) {
        List<RefusedException.Problem> problems = new ArrayList<>();
        if (minPercent != null && (minPercent < 0 || minPercent > 100)) {
            problems.add(new RefusedException.Problem("minPercent", "attendance.rule.badPercent"));
        }
        if (lateAfterMinutes != null && (lateAfterMinutes < 0 || lateAfterMinutes > 600)) {
            problems.add(new RefusedException.Problem("lateAfter", "attendance.rule.badLate"));
        }
        if (!problems.isEmpty()) {
            throw new AttendanceRefusedException("attendance.rule.bad", problems);
        }
        if (!cohortRules.changeAttendanceRule(cohortId, minPercent, excusedCounts, lateAfterMinutes)) {
            throw new AttendanceRefusedException("attendance.notFound");
        }
    }

    /** A cohort's sessions with their days in date order: two queries whatever their number. */
    public List<SessionViews.SessionRow> ofCohort(long cohortId) {
        requireSees(cohortId);
        List<TrainingSession> sessions = em.createQuery("SELECT s FROM TrainingSession s WHERE s.cohortId = :cohort "
                + "ORDER BY s.id", TrainingSession.class).setParameter("cohort", cohortId).getResultList();
        Map<Long, List<SessionViews.DayRow>> days = calendarDays.ofCohort(cohortId).stream()
                .collect(Collectors.groupingBy(SessionViews.DayRow::sessionId));
        return sessions.stream().map(s -> new SessionViews.SessionRow(s.getId(), s.getTitle(), s.getFormat(),
                s.getPlace(), s.getLink(), s.getVersion(), days.getOrDefault(s.getId(), List.of()))).toList();
    }

    /** Every day of every cohort the caller belongs to (administrators: of every cohort not finished), in order. */
    public List<SessionViews.DayRow> myCalendar() {
        return caller.isAdministrator() ? calendarDays.ofOpenCohorts()
                : calendarDays.ofPerson(caller.id());
    }

    /** The caller's session days today, Omsk time, in cohorts they study in: what their home offers to check in to. */
    public List<SessionViews.DayRow> myDaysToday() {
        return calendarDays.ofTraineeOn(caller.id(),
                java.time.LocalDate.now(SchoolClock.current()));
    }

    public CohortRules.Rules cohortFor(long cohortId) {
        requireSees(cohortId);
        return cohort(cohortId);
    }

    private void requireSees(long cohortId) {
        long me = caller.id();
        if (!caller.isAdministrator() && !access.isMember(me, cohortId, Role.MENTOR)
                && !access.isMember(me, cohortId, Role.TRAINEE)) {
            throw new AttendanceRefusedException("attendance.notFound");
        }
    }

    private CohortRules.Rules cohort(long cohortId) {
        return cohortRules.of(cohortId).orElseThrow(() -> new AttendanceRefusedException("attendance.notFound"));
    }
}
