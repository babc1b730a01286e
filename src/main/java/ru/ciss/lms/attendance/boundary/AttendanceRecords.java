package ru.ciss.lms.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import ru.ciss.lms.attendance.AttendanceStatus;
import ru.ciss.lms.attendance.MarkSource;
import ru.ciss.lms.attendance.SessionFormat;
import ru.ciss.lms.attendance.entity.AttendanceMark;
import ru.ciss.lms.attendance.entity.SessionDay;
import ru.ciss.lms.attendance.entity.TrainingSession;

/**
 * Sessions, days and marks as the demo data makes them at the first start: past sessions already held and marked,
 * each mark with its line in the day's trail as the grid writes it. Only the attendance feature writes its tables;
 * there is no signed-in person at startup, so the caller answers for who may ask.
 */
@ApplicationScoped
public class AttendanceRecords {

    /** A session day made: its id and when it began (a mark's time). */
    public record Day(long id, Instant start) {
    }

    @PersistenceContext
    EntityManager em;

    /** A new training session of the cohort; its id. */
    public long session(long cohortId, String title, SessionFormat format, String place) {
        TrainingSession session = new TrainingSession(cohortId);
        session.setTitle(title);
        session.setFormat(format);
        session.setPlace(place);
        em.persist(session);
        em.flush();
        return session.getId();
    }

    public Day day(long sessionId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String agenda) {
        SessionDay created = new SessionDay(em.find(TrainingSession.class, sessionId), day, startsAt, endsAt, agenda);
        em.persist(created);
        em.flush();
        return new Day(created.getId(), created.start());
    }

    /** Marks the person on the day, recorded in the trail as made by {@code by} at {@code at} through {@code via}. */
    public void mark(long dayId, long personId, AttendanceStatus status, String reason, Instant at, long by,
                     MarkSource via) {
        AttendanceMark mark = new AttendanceMark(dayId, personId);
        em.persist(mark);
        em.persist(mark.set(status, reason, at, by, via));
    }
}
