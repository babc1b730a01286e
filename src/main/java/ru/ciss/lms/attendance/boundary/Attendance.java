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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.attendance.AttendanceRate;
import ru.ciss.lms.attendance.AttendanceStatus;
import ru.ciss.lms.attendance.MarkSource;
import ru.ciss.lms.attendance.control.Trainees;
import ru.ciss.lms.attendance.entity.AttendanceMark;
import ru.ciss.lms.course.boundary.CohortRules;
import ru.ciss.lms.platform.database.NativeRows;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.CohortAccess;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Marking attendance and reading it. Administrators and the cohort's mentors mark a day on a grid; a save never
 * overwrites a mark someone else changed after the grid was opened: that cell is refused and named instead.
 * Every change is written to the audit trail. A trainee reads only their own record.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
public class Attendance {

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortRules cohortRules;

    @Inject
    Caller caller;

    @Inject
    ru.ciss.lms.mail.boundary.Notices notices;

    @Inject
    ru.ciss.lms.platform.web.PublicAddress address;

    @Inject
    CohortAccess access;

    @Inject
    CalendarDays calendarDays;

    @Inject
    Trainees trainees;

    @Inject
    CohortAttendance cohortAttendance;

    /**
     * The grid and the history of a day at once, as the grid page shows both: the day is read and the caller's right
     * to mark it checked once, not once per call (two of each per page before; issue #25).
     */
    public AttendanceViews.MarkingDay markingDay(long dayId, int historyRows) {
        SessionViews.DayRow day = markableDay(dayId);
        return new AttendanceViews.MarkingDay(gridOf(day), historyOf(day, historyRows));
    }

    /** The day's grid: every trainee of the cohort with their mark; two queries whatever the cohort's size. */
    private AttendanceViews.Grid gridOf(SessionViews.DayRow day) {
        long dayId = day.dayId();
        Map<Long, AttendanceMark> marks = marksOf(dayId);
        List<AttendanceViews.GridRow> rows = trainees.of(day.cohortId()).stream().map(t -> {
            AttendanceMark mark = marks.get(t.personId());
            return new AttendanceViews.GridRow(t.personId(), t.fullName(), mark == null ? null : mark.getStatus(),
                    mark == null ? null : mark.getReason(), mark == null ? null : mark.getVersion(),
                    t.expectedOn(day.day()), t.enrolledOn(), t.gender());
        }).toList();
        return new AttendanceViews.Grid(day, rows);
    }

    public AttendanceViews.SaveResult save(long dayId, List<AttendanceViews.CellEdit> edits) {
        return save(dayId, edits, MarkSource.GRID);
    }

    /**
     * One mark from another system (REST API): the grid's rules, recorded as made through the API. {@code status}
     * is PRESENT, LATE, EXCUSED or ABSENT; {@code seenVersion} the mark's version the caller saw, null if none.
     */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public AttendanceViews.SaveResult saveFromApi(long dayId, long personId, String status, String reason,
                                                  Long seenVersion) {
        return save(dayId, List.of(new AttendanceViews.CellEdit(personId, AttendanceStatus.valueOf(status), reason,
                seenVersion)), MarkSource.API);
    }

    /** One trainee's mark of a day with its version, for another system's If-Match; empty: not marked. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public java.util.Optional<AttendanceViews.MarkState> mark(long dayId, long personId) {
        markableDay(dayId);
        return em.createQuery("SELECT a FROM AttendanceMark a WHERE a.dayId = :day AND a.personId = :person",
                        AttendanceMark.class).setParameter("day", dayId).setParameter("person", personId)
                .getResultStream().findFirst()
                .map(a -> new AttendanceViews.MarkState(a.getStatus().name(), a.getReason(), a.getVersion()));
    }

    /** The cohort a day belongs to; empty for no such day (administrators: they may mark every cohort's days). */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public java.util.Optional<Long> cohortOfDay(long dayId) {
        SessionViews.DayRow day = calendarDays.day(dayId);
        return day == null ? java.util.Optional.empty() : java.util.Optional.of(day.cohortId());
    }

    private AttendanceViews.SaveResult save(long dayId, List<AttendanceViews.CellEdit> edits, MarkSource source) {
        SessionViews.DayRow day = markableDay(dayId);
        if (day.cancelled()) {
            throw new AttendanceRefusedException("attendance.day.isCancelled", day.cancelReason());
        }
        Map<Long, Trainees.Trainee> members = new HashMap<>();
        trainees.of(day.cohortId()).forEach(t -> members.put(t.personId(), t));
        Map<Long, AttendanceMark> marks = marksOf(dayId);
        long me = caller.id();
        Instant now = Instant.now(SchoolClock.current());
        int saved = 0;
        List<String> conflicts = new ArrayList<>();
        java.util.Set<Long> missed = new java.util.HashSet<>();
        for (AttendanceViews.CellEdit edit : edits) {
            if (edit.status() == null) {
                continue; // left "not marked"
            }
            Trainees.Trainee trainee = members.get(edit.personId());
            if (trainee == null) {
                throw new AttendanceRefusedException("attendance.mark.notInCohort");
            }
            if (!trainee.expectedOn(day.day())) {
                throw new AttendanceRefusedException("attendance.mark.notExpected", trainee.fullName());
            }
            if (edit.status() == AttendanceStatus.EXCUSED && (edit.reason() == null || edit.reason().isBlank())) {
                throw new AttendanceRefusedException("attendance.mark.reasonRequired", trainee.fullName());
            }
            if (edit.reason() != null && edit.reason().length() > 300) {
                throw new AttendanceRefusedException("attendance.mark.reasonTooLong", trainee.fullName());
            }
            AttendanceMark mark = marks.get(edit.personId());
            boolean changedMeanwhile = mark == null ? edit.seenVersion() != null
                    : edit.seenVersion() == null || mark.getVersion() != edit.seenVersion();
            if (changedMeanwhile) {
                if (mark == null || mark.getStatus() != edit.status()) {
                    conflicts.add(trainee.fullName());
                }
                continue;
            }
            if (mark == null) {
                mark = new AttendanceMark(dayId, edit.personId());
                em.persist(mark);
            }
            var change = mark.set(edit.status(), edit.reason(), now, me, source);
            if (change != null) {
                em.persist(change);
                saved++;
                if (edit.status() == AttendanceStatus.ABSENT || edit.status() == AttendanceStatus.EXCUSED) {
                    missed.add(edit.personId());
                }
            }
        }
        em.flush(); // a mark made by someone else at this very moment fails here, and nothing of this save is kept
        warnBelowRule(day.cohortId(), missed);
        return new AttendanceViews.SaveResult(saved, conflicts);
    }

    /** The most changes of a day one page shows (the whole history, asked for by a link). */
    public static final int HISTORY_MAX = 500;

    /**
     * The day's audit trail, newest first, at most {@code rows} changes (and never more than {@link #HISTORY_MAX}) with
     * the day's total: every change of every mark, who made it and when, and whether it was entered after the day
     * (from a paper register, say), which the curator needs to tell the two apart.
     */
    public AttendanceViews.History history(long dayId, int rows) {
        return historyOf(markableDay(dayId), rows);
    }

    private AttendanceViews.History historyOf(SessionViews.DayRow day, int rows) {
        // Native SQL: the grid shows this on every visit (see NativeRows on JPQL column queries). The day's total
        // comes with the rows (a window count is taken before the LIMIT), not from a query of its own.
        List<Object[]> found = NativeRows.rows(em.createNativeQuery("SELECT CONCAT_WS(' ', p.surname, p.given_name, "
                        + "p.patronymic), c.from_status, c.to_status, c.reason, NULLIF(CONCAT_WS(' ', b.surname, b.given_name, "
                        + "b.patronymic), ''), c.changed_at, "
                        + "c.source, COUNT(*) OVER () FROM attendance_change c JOIN person p ON p.id = c.person_id "
                        + "LEFT JOIN person b ON b.id = c.changed_by WHERE c.day_id = ? "
                        + "ORDER BY c.changed_at DESC, c.id DESC LIMIT ?")
                .setParameter(1, day.dayId()).setParameter(2, Math.clamp(rows, 1, HISTORY_MAX)));
        List<AttendanceViews.ChangeRow> latest = found.stream().map(r -> {
            Instant at = NativeRows.asInstant(r[5]);
            return new AttendanceViews.ChangeRow((String) r[0],
                    NativeRows.asEnum(AttendanceStatus.class, r[1]), NativeRows.asEnum(AttendanceStatus.class, r[2]),
                    (String) r[3], (String) r[4], at, NativeRows.asEnum(MarkSource.class, r[6]),
                    LocalDate.ofInstant(at, SchoolClock.ZONE).isAfter(day.day()));
        }).toList();
        return new AttendanceViews.History(latest, found.isEmpty() ? 0 : NativeRows.asLong(found.getFirst()[7]));
    }

    /** The caller's own attendance in each of their cohorts, against each cohort's rule. */
    @RolesAllowed(Role.TRAINEE_NAME)
    public List<AttendanceViews.Record> mine() {
        return recordsOf(caller.id());
    }

    /** A person's attendance in each cohort they are a trainee of: for the administrators' page of that person. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public List<AttendanceViews.Record> of(long personId) {
        return recordsOf(personId);
    }

    /** The same figures for whoever asks: one query for the cohorts, one for the days, one for the marks. */
    private List<AttendanceViews.Record> recordsOf(long me) {
        Map<Long, Boolean> finished = new HashMap<>();
        em.createQuery("SELECT m.cohort.id, m.cohort.status FROM CohortMember m WHERE m.personId = :me "
                        + "AND m.role = :role AND m.cohort.status <> ru.ciss.lms.course.CohortStatus.ARCHIVED", Object[].class)
                .setParameter("me", me).setParameter("role", Role.TRAINEE).getResultList()
                .forEach(row -> finished.put((Long) row[0], row[1] == ru.ciss.lms.course.CohortStatus.FINISHED));
        List<CohortRules.Rules> cohorts = cohortRules.of(List.copyOf(finished.keySet()));
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<SessionViews.DayRow> days = SessionViews.DayRow.held(calendarDays.ofPerson(me));
        Map<Long, AttendanceMark> marks = new HashMap<>();
        em.createQuery("SELECT a FROM AttendanceMark a WHERE a.personId = :me", AttendanceMark.class)
                .setParameter("me", me).getResultList().forEach(a -> marks.put(a.getDayId(), a));
        Map<Long, Trainees.Trainee> asTrainee = trainees.asTraineeByCohort(me);
        List<AttendanceViews.Record> records = new ArrayList<>();
        LocalDate today = LocalDate.now(SchoolClock.current());
        for (CohortRules.Rules cohort : cohorts) {
            Trainees.Trainee trainee = asTrainee.get(cohort.cohortId());
            List<AttendanceViews.DayState> states = days.stream().filter(d -> d.cohortId().equals(cohort.cohortId()))
                    .map(d -> {
                        AttendanceMark mark = marks.get(d.dayId());
                        return new AttendanceViews.DayState(d, CohortAttendance.state(trainee, d.day(), mark, today),
                                mark == null ? null : mark.getReason());
                    }).toList();
            AttendanceRate.Rule rule = CohortAttendance.ruleOf(cohort);
            records.add(new AttendanceViews.Record(cohort.cohortId(), cohort.name(), rule, states,
                    AttendanceRate.of(states.stream().map(AttendanceViews.DayState::state).toList(), rule),
                    Boolean.TRUE.equals(finished.get(cohort.cohortId()))));
        }
        return records;
    }

    /** The cohort's register: every trainee × every day, with each trainee's rate and whether they are at risk. */
    public AttendanceViews.Register register(long cohortId) {
        CohortRules.Rules cohort = cohortRules.of(cohortId).orElse(null);
        if (cohort == null || !access.mayMark(cohortId)) {
            throw new AttendanceRefusedException("attendance.notFound");
        }
        return cohortAttendance.register(cohort);
    }

    /**
     * Tells each trainee whose missed day has just taken them below the cohort's rule, once per cohort: the e-mail
     * is queued in this transaction, with a key that the database lets through only the first time.
     */
    private void warnBelowRule(long cohortId, java.util.Set<Long> missed) {
        if (missed.isEmpty()) {
            return;
        }
        AttendanceViews.Register register = register(cohortId);
        for (AttendanceViews.RegisterRow row : register.rows()) {
            // Only once every held day of theirs is marked: while a curator copies a paper register day by day,
            // the days not entered yet count as missed, and the trainee must not be warned about the curator's backlog.
            if (missed.contains(row.personId()) && row.result().atRisk() && row.result().notMarked() == 0) {
                notices.send(ru.ciss.lms.mail.MailKind.ATTENDANCE_BELOW_RULE, row.personId(), java.util.Map.of(
                        "cohort", register.cohortName(), "rate", row.result().percent() + " %",
                        "required", register.rule().minPercent() + " %", "link",
                        address.of("/attendance/my.xhtml?cohort=" + cohortId),
                        ru.ciss.lms.mail.MailText.PROGRAMME, notices.programmeOf(cohortId)),
                        "attendance-below:" + cohortId + ":" + row.personId());
            }
        }
    }

    private SessionViews.DayRow markableDay(long dayId) {
        SessionViews.DayRow day = calendarDays.day(dayId);
        if (day == null || !access.mayMark(day.cohortId())) {
            throw new AttendanceRefusedException("attendance.notFound");
        }
        return day;
    }

    private Map<Long, AttendanceMark> marksOf(long dayId) {
        Map<Long, AttendanceMark> marks = new HashMap<>();
        em.createQuery("SELECT a FROM AttendanceMark a WHERE a.dayId = :day", AttendanceMark.class)
                .setParameter("day", dayId).getResultList().forEach(a -> marks.put(a.getPersonId(), a));
        return marks;
    }

    /** Every mark of a cohort's days, by day and person: the register's raw data for other systems. */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public List<AttendanceViews.MarkFacts> marksOfCohort(long cohortId) {
        return em.createQuery("SELECT a.dayId, a.personId, a.status, a.reason FROM AttendanceMark a, SessionDay d "
                        + "WHERE d.id = a.dayId AND d.session.cohortId = :cohort ORDER BY d.day, d.startsAt, a.dayId, "
                        + "a.personId", Object[].class).setParameter("cohort", cohortId).getResultList().stream()
                .map(r -> new AttendanceViews.MarkFacts((Long) r[0], (Long) r[1], String.valueOf(r[2]), (String) r[3]))
                .toList();
    }
}
