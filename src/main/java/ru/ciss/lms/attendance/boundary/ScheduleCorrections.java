package ru.ciss.lms.attendance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.ciss.lms.attendance.SessionFormat;
import ru.ciss.lms.attendance.control.ScheduleNotices;
import ru.ciss.lms.attendance.entity.SessionDay;
import ru.ciss.lms.attendance.entity.TrainingSession;
import ru.ciss.lms.course.boundary.CohortRules;
import ru.ciss.lms.platform.rules.Flush;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Administrators correct a schedule (issue #20): a session's details and a day's date and times are edited; a day
 * or a session with nothing recorded is deleted; one with marks or check-ins is cancelled with a reason instead, so
 * its records stay and it leaves the attendance figures; a cancellation can be undone. Every change is checked
 * against the version the administrator saw, and the cohort hears of each change to a day still to come.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class ScheduleCorrections {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final int MAX_REASON = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortRules cohortRules;

    @Inject
    CalendarDays calendarDays;

    @Inject
    ScheduleNotices notices;

    /** A session with its days, for the page that edits it. */
    public SessionViews.SessionRow session(long sessionId) {
        TrainingSession s = session(sessionId, null);
        return new SessionViews.SessionRow(s.getId(), s.getTitle(), s.getFormat(), s.getPlace(), s.getLink(),
                s.getVersion(), daysOf(s));
    }

    public long cohortOf(long sessionId) {
        return session(sessionId, null).getCohortId();
    }

    public SessionViews.DayRow day(long dayId) {
        SessionViews.DayRow day = calendarDays.day(dayId);
        if (day == null) {
            throw new AttendanceRefusedException("attendance.notFound");
        }
        return day;
    }

    /** Whether anything is recorded for the day: a mark, a change of one, a check-in. Such a day is not deleted. */
    public boolean recorded(long dayId) {
        return !em.createNativeQuery("SELECT 1 FROM attendance_mark WHERE day_id = ?1 UNION ALL "
                        + "SELECT 1 FROM attendance_change WHERE day_id = ?1 UNION ALL "
                        + "SELECT 1 FROM check_in_use WHERE day_id = ?1")
                .setParameter(1, dayId).setMaxResults(1).getResultList().isEmpty();
    }

    public void updateSession(long sessionId, long seenVersion, String title, SessionFormat format, String place,
                              String link) {
        TrainingSession s = session(sessionId, seenVersion);
        List<RefusedException.Problem> problems = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
            problems.add(new RefusedException.Problem("title", "attendance.session.badTitle"));
        }
        String cleanPlace = blankToNull(place);
        if (cleanPlace != null && cleanPlace.length() > 300) {
            problems.add(new RefusedException.Problem("place", "attendance.session.badPlace"));
        }
        String cleanLink = blankToNull(link);
        if (cleanLink != null && (cleanLink.length() > 500 || !cleanLink.matches("^https?://\\S+$"))) {
            problems.add(new RefusedException.Problem("link", "attendance.session.badLink"));
        }
        if (!problems.isEmpty()) {
            throw new AttendanceRefusedException("attendance.session.refused", problems);
        }
        boolean changed = !cleanTitle.equals(s.getTitle()) || format != s.getFormat()
                || !java.util.Objects.equals(cleanPlace, s.getPlace()) || !java.util.Objects.equals(cleanLink, s.getLink());
        if (!changed) {
            return;
        }
        String before = s.getTitle();
        s.setTitle(cleanTitle);
        s.setFormat(format == null ? s.getFormat() : format);
        s.setPlace(cleanPlace);
        s.setLink(cleanLink);
        flush();
        if (daysOf(s).stream().anyMatch(d -> !d.cancelled() && ScheduleNotices.coming(d.day()))) {
            String details = String.join("; ", java.util.stream.Stream.of(cleanTitle, cleanPlace, cleanLink)
                    .filter(v -> v != null).toList());
            notices.tell(s.getCohortId(), before, "change.details", Map.of("details", details));
        }
    }

    public void updateDay(long dayId, long seenVersion, LocalDate date, LocalTime startsAt, LocalTime endsAt,
                          String agenda) {
        SessionDay day = day(dayId, seenVersion);
        CohortRules.Rules cohort = cohortRules.of(day.getSession().getCohortId())
                .orElseThrow(() -> new AttendanceRefusedException("attendance.notFound"));
        List<RefusedException.Problem> problems = new ArrayList<>();
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            problems.add(new RefusedException.Problem("ends", "attendance.day.badTimes"));
        }
        if (date == null) {
            problems.add(new RefusedException.Problem("day", "attendance.day.badTimes"));
        } else if (date.isBefore(cohort.startsOn()) || date.isAfter(cohort.endsOn())) {
            problems.add(new RefusedException.Problem("day", "attendance.day.outsideCohort",
                    DATE.format(cohort.startsOn()), DATE.format(cohort.endsOn())));
        } else if (!date.equals(day.getDay()) && recorded(dayId)) {
            // Marks belong to the date they were made for: moving them to another date would falsify the register.
            problems.add(new RefusedException.Problem("day", "attendance.day.recordedDate"));
        } else if (!em.createQuery("SELECT d.id FROM SessionDay d WHERE d.session = :session AND d.day = :day "
                + "AND d.id <> :self", Long.class).setParameter("session", day.getSession()).setParameter("day", date)
                .setParameter("self", dayId).getResultList().isEmpty()) {
            problems.add(new RefusedException.Problem("day", "attendance.day.taken"));
        }
        if (agenda != null && agenda.length() > 5000) {
            problems.add(new RefusedException.Problem("agenda", "attendance.day.agendaTooLong"));
        }
        if (!problems.isEmpty()) {
            throw new AttendanceRefusedException("attendance.day.editRefused", problems);
        }
        String was = ScheduleNotices.when(day.getDay(), day.getStartsAt(), day.getEndsAt());
        boolean moved = !date.equals(day.getDay()) || !startsAt.equals(day.getStartsAt())
                || !endsAt.equals(day.getEndsAt());
        boolean mattered = ScheduleNotices.coming(day.getDay()) || ScheduleNotices.coming(date);
        day.reschedule(date, startsAt, endsAt, agenda);
        flush();
        if (moved && mattered && !day.isCancelled()) {
            notices.tell(cohort.cohortId(), day.getSession().getTitle(), "change.moved",
                    Map.of("was", was, "now", ScheduleNotices.when(date, startsAt, endsAt)));
        }
    }

    /** Deletes a day with nothing recorded; one with records is refused with the advice to cancel it. */
    public void removeDay(long dayId, long seenVersion) {
        SessionDay day = day(dayId, seenVersion);
        if (recorded(dayId)) {
            throw new AttendanceRefusedException("attendance.day.recordedRemove");
        }
        String now = ScheduleNotices.when(day.getDay(), day.getStartsAt(), day.getEndsAt());
        boolean tell = ScheduleNotices.coming(day.getDay()) && !day.isCancelled();
        long cohortId = day.getSession().getCohortId();
        String title = day.getSession().getTitle();
        em.remove(day);
        flush();
        if (tell) {
            notices.tell(cohortId, title, "change.removed", Map.of("now", now));
        }
    }

    public void cancelDay(long dayId, long seenVersion, String reason) {
        SessionDay day = day(dayId, seenVersion);
        String why = requireReason(reason);
        if (day.isCancelled()) {
            throw new AttendanceRefusedException("attendance.day.alreadyCancelled");
        }
        day.cancel(why, Instant.now(SchoolClock.current()));
        flush();
        if (ScheduleNotices.coming(day.getDay())) {
            notices.tell(day.getSession().getCohortId(), day.getSession().getTitle(), "change.cancelled",
                    Map.of("now", ScheduleNotices.when(day.getDay(), day.getStartsAt(), day.getEndsAt()), "reason", why));
        }
    }

    /** Undoes a cancellation: the day is in the schedule and the figures again. */
    public void restoreDay(long dayId, long seenVersion) {
        SessionDay day = day(dayId, seenVersion);
        if (!day.isCancelled()) {
            return;
        }
        day.restore();
        flush();
        if (ScheduleNotices.coming(day.getDay())) {
            notices.tell(day.getSession().getCohortId(), day.getSession().getTitle(), "change.restored",
                    Map.of("now", ScheduleNotices.when(day.getDay(), day.getStartsAt(), day.getEndsAt())));
        }
    }

    /** Deletes a session and its days when nothing is recorded for any of them. */
    public void removeSession(long sessionId, long seenVersion) {
        TrainingSession s = session(sessionId, seenVersion);
        List<SessionDay> days = entityDays(s);
        if (days.stream().anyMatch(d -> recorded(d.getId()))) {
            throw new AttendanceRefusedException("attendance.session.recordedRemove");
        }
        String coming = days.stream().filter(d -> !d.isCancelled() && ScheduleNotices.coming(d.getDay()))
                .map(d -> DATE.format(d.getDay())).collect(Collectors.joining(", "));
        days.forEach(em::remove);
        em.remove(s);
        flush();
        if (!coming.isEmpty()) {
            notices.tell(s.getCohortId(), s.getTitle(), "change.session.removed", Map.of("days", coming));
        }
    }

    /**
     * Cancels the days of a session still to come (today included) with one reason; the days already held keep
     * their marks and count as before. Answers how many days were cancelled.
     */
    public int cancelSession(long sessionId, long seenVersion, String reason) {
        TrainingSession s = session(sessionId, seenVersion);
        String why = requireReason(reason);
        List<SessionDay> coming = entityDays(s).stream()
                .filter(d -> !d.isCancelled() && ScheduleNotices.coming(d.getDay())).toList();
        if (coming.isEmpty()) {
            throw new AttendanceRefusedException("attendance.session.nothingToCancel");
        }
        Instant now = Instant.now(SchoolClock.current());
        coming.forEach(d -> d.cancel(why, now));
        // The session's version moves too: a page opened before this cancellation is told, not obeyed.
        em.lock(s, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush();
        notices.tell(s.getCohortId(), s.getTitle(), "change.session.cancelled", Map.of("days", coming.stream()
                .map(d -> DATE.format(d.getDay())).collect(Collectors.joining(", ")), "reason", why));
        return coming.size();
    }

    private List<SessionViews.DayRow> daysOf(TrainingSession s) {
        return calendarDays.ofCohort(s.getCohortId()).stream().filter(d -> d.sessionId().equals(s.getId())).toList();
    }

    private List<SessionDay> entityDays(TrainingSession s) {
        return em.createQuery("SELECT d FROM SessionDay d WHERE d.session = :s ORDER BY d.day", SessionDay.class)
                .setParameter("s", s).getResultList();
    }

    private TrainingSession session(long sessionId, Long seenVersion) {
        TrainingSession s = em.find(TrainingSession.class, sessionId);
        if (s == null) {
            throw new AttendanceRefusedException(seenVersion == null ? "attendance.notFound" : "attendance.changed");
        }
        if (seenVersion != null && s.getVersion() != seenVersion) {
            throw new AttendanceRefusedException("attendance.changed");
        }
        return s;
    }

    private SessionDay day(long dayId, long seenVersion) {
        SessionDay day = em.find(SessionDay.class, dayId);
        if (day == null || day.getVersion() != seenVersion) {
            throw new AttendanceRefusedException("attendance.changed");
        }
        return day;
    }

    private static String requireReason(String reason) {
        String why = blankToNull(reason);
        if (why == null || why.length() > MAX_REASON) {
            throw new AttendanceRefusedException("attendance.cancel.refused", List.of(new RefusedException.Problem(
                    "reason", why == null ? "attendance.cancel.reasonRequired" : "attendance.cancel.reasonTooLong",
                    MAX_REASON)));
        }
        return why;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void flush() {
        Flush.orRefuse(em, () -> new AttendanceRefusedException("attendance.changed"));
    }
}
