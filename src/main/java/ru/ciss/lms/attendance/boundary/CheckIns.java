package ru.ciss.lms.attendance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.attendance.AttendanceStatus;
import ru.ciss.lms.attendance.MarkSource;
import ru.ciss.lms.attendance.control.CapturedOffline;
import ru.ciss.lms.attendance.control.CheckInCodes;
import ru.ciss.lms.attendance.control.Trainees;
import ru.ciss.lms.attendance.control.WrongCodes;
import ru.ciss.lms.attendance.entity.AttendanceMark;
import ru.ciss.lms.course.boundary.CohortRules;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.CohortAccess;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.security.ServerSecrets;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Self check-in. The room's screen shows a code that changes every 30 seconds, and its QR code. A trainee types the
 * code or scans the QR; a scanned code carries its own time, so one captured with no connection and sent later the
 * same day still marks the trainee for the moment of the scan. Codes are signed with a key the server keeps.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
public class CheckIns {

    private static final String WRONG_CODE = "attendance.checkin.wrongCode";

    /** How many earlier codes a typed code may be: a trainee typing slowly across a change of code is not refused. */
    static final int TYPED_SLOTS_BACK = 2;

    public record Screen(SessionViews.DayRow day, String typedCode, String scanToken, long secondsLeft)
            implements Serializable {
    }

    public record Result(String cohortName, String sessionTitle, LocalDate day, AttendanceStatus status,
                         Instant at) implements Serializable {
    }

    /**
     * The caller's check-ins of today: the days already marked (present or late), and whether a day of today still
     * waits for one. A reload after checking in, or the page opened again from the home, says «you are marked»
     * instead of offering the code form again.
     */
    public record Today(List<Result> marked, boolean waiting) implements Serializable {
    }

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

    @Inject
    Trainees trainees;

    @Inject
    ServerSecrets secrets;

    @Inject
    WrongCodes wrongCodes;

    @Inject
    @ConfigProperty(name = "lms.checkin.late-after-minutes", defaultValue = "15")
    int defaultLateAfterMinutes;

    /** The code to show now; only on the day itself, to administrators and the cohort's mentors. */
    @RolesAllowed({Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
    public Screen screen(long dayId) {
        SessionViews.DayRow day = calendarDays.day(dayId);
        if (day == null || !access.mayMark(day.cohortId())) {
            throw new AttendanceRefusedException("attendance.notFound");
        }
        if (!day.day().equals(LocalDate.now(SchoolClock.current()))) {
            throw new AttendanceRefusedException("attendance.checkin.screenNotToday");
        }
        if (day.cancelled()) {
            throw new AttendanceRefusedException("attendance.day.isCancelled", day.cancelReason());
        }
        CheckInCodes codes = codes();
        Instant now = Instant.now(SchoolClock.current());
        long slot = codes.slotOf(now);
        long left = Duration.between(now, codes.slotStart(slot + 1)).toSeconds() + 1;
        return new Screen(day, codes.typedCode(dayId, slot), codes.scanToken(dayId, slot), left);
    }

    /** A code typed from the screen: one of today's session days of the caller's cohorts, now or a moment ago. */
    @RolesAllowed(Role.TRAINEE_NAME)
    public Result typed(String code) {
        return typed(code, 0);
    }

    /**
     * A code typed on the phone {@code ageMillis} ago, perhaps with no connection and sent when the network came
     * back. The phone tells how long ago, not when: its clock may be wrong, but it counts the time that passes well.
     * Like a scan captured offline, it is matched to the codes shown at that time, marked for that time, and when
     * sent late it may be used by one person only.
     */
    @RolesAllowed(Role.TRAINEE_NAME)
    public Result typed(String code, long ageMillis) {
        long me = caller.id();
        LocalDate date = LocalDate.now(SchoolClock.current());
        if (!wrongCodes.reserve(me, date)) {
            throw new AttendanceRefusedException("attendance.checkin.tooManyWrong", WrongCodes.LIMIT);
        }
        boolean wrong = false;
        try {
            return matchTyped(me, date, code, ageMillis);
        } catch (AttendanceRefusedException e) {
            // A wrong code keeps its guess taken, although the refusal rolls this transaction back.
            wrong = WRONG_CODE.equals(e.messageKey());
            throw e;
        } finally {
            if (!wrong) {
                wrongCodes.release(me, date);
            }
        }
    }

    private Result matchTyped(long me, LocalDate date, String code, long ageMillis) {
        Instant now = Instant.now(SchoolClock.current());
        Instant typedAt = CapturedOffline.capturedAt(now, ageMillis);
        if (!LocalDate.ofInstant(typedAt, SchoolClock.ZONE).equals(date)) {
            throw new AttendanceRefusedException("attendance.checkin.otherDay");
        }
        CheckInCodes codes = codes();
        long slot = codes.slotOf(typedAt);
        List<SessionViews.DayRow> today = calendarDays.ofPerson(me).stream()
                .filter(d -> d.day().equals(date) && !d.cancelled()).toList();
        for (SessionViews.DayRow day : today) {
            OptionalLong matched = codes.matchTyped(day.dayId(), code, slot, TYPED_SLOTS_BACK);
            if (matched.isPresent()) {
                return mark(day, me, matched.getAsLong(), typedAt, CapturedOffline.delayed(typedAt, now));
            }
        }
        if (today.isEmpty()) {
            throw new AttendanceRefusedException("attendance.checkin.noSessionToday");
        }
        throw new AttendanceRefusedException(WRONG_CODE);
    }

    @RolesAllowed(Role.TRAINEE_NAME)
    public Today today() {
        long me = caller.id();
        List<SessionViews.DayRow> days = calendarDays.ofTraineeOn(me, LocalDate.now(SchoolClock.current()));
        if (days.isEmpty()) {
            return new Today(List.of(), false);
        }
        java.util.Map<Long, AttendanceMark> marks = em.createQuery("SELECT a FROM AttendanceMark a "
                        + "WHERE a.personId = :me AND a.dayId IN :days", AttendanceMark.class)
                .setParameter("me", me).setParameter("days", days.stream().map(SessionViews.DayRow::dayId).toList())
                .getResultStream().collect(java.util.stream.Collectors.toMap(AttendanceMark::getDayId, m -> m));
        java.util.Map<Long, Trainees.Trainee> asTrainee = trainees.asTraineeByCohort(me);
        List<Result> marked = new java.util.ArrayList<>();
        boolean waiting = false;
        for (SessionViews.DayRow day : days) {
            AttendanceMark mark = marks.get(day.dayId());
            Trainees.Trainee trainee = asTrainee.get(day.cohortId());
            if (mark != null && mark.getStatus() != AttendanceStatus.ABSENT) {
                marked.add(new Result(day.cohortName(), day.sessionTitle(), day.day(), mark.getStatus(),
                        mark.getNotedAt()));
            } else if (trainee != null && trainee.expectedOn(day.day())) {
                waiting = true;
            }
        }
        return new Today(List.copyOf(marked), waiting);
    }

    /** A code scanned from the QR, perhaps earlier with no connection: marked for the time of the scan. */
    @RolesAllowed(Role.TRAINEE_NAME)
    public Result scanned(String token) {
        long me = caller.id();
        CheckInCodes.Scan scan = codes().readScan(token)
                .orElseThrow(() -> new AttendanceRefusedException("attendance.checkin.forged"));
        SessionViews.DayRow day = calendarDays.day(scan.dayId());
        if (day == null) {
            throw new AttendanceRefusedException("attendance.checkin.forged");
        }
        Instant now = Instant.now(SchoolClock.current());
        LocalDate today = LocalDate.now(SchoolClock.current());
        if (!LocalDate.ofInstant(scan.scannedAt(), SchoolClock.ZONE).equals(day.day()) || !day.day().equals(today)) {
            throw new AttendanceRefusedException("attendance.checkin.otherDay");
        }
        if (scan.scannedAt().isAfter(now.plusSeconds(60))) {
            throw new AttendanceRefusedException("attendance.checkin.forged");
        }
        return mark(day, me, scan.slot(), scan.scannedAt(), CapturedOffline.delayed(scan.scannedAt(), now));
    }

    private Result mark(SessionViews.DayRow day, long me, long slot, Instant at, boolean delayed) {
        if (day.cancelled()) {
            throw new AttendanceRefusedException("attendance.day.isCancelled", day.cancelReason());
        }
        Trainees.Trainee trainee = trainees.one(day.cohortId(), me)
                .orElseThrow(() -> new AttendanceRefusedException("attendance.checkin.notYourSession"));
        if (!trainee.expectedOn(day.day())) {
            throw new AttendanceRefusedException("attendance.checkin.notYourSession");
        }
        if (delayed && usedLateByAnother(day.dayId(), slot, me)) {
            throw new AttendanceRefusedException("attendance.checkin.usedByAnother");
        }
        AttendanceMark mark = em.createQuery("SELECT a FROM AttendanceMark a WHERE a.dayId = :day AND a.personId = :me",
                AttendanceMark.class).setParameter("day", day.dayId()).setParameter("me", me)
                .getResultStream().findFirst().orElse(null);
        if (mark != null && mark.getStatus() != AttendanceStatus.ABSENT) {
            throw new AttendanceRefusedException("attendance.checkin.already");
        }
        if (mark == null) {
            mark = new AttendanceMark(day.dayId(), me);
            em.persist(mark);
        }
        Integer own = cohortRules.of(day.cohortId()).map(CohortRules.Rules::lateAfterMinutes).orElse(null);
        int lateAfter = own != null ? own : defaultLateAfterMinutes;
        Instant lateFrom = day.start().plusSeconds(lateAfter * 60L);
        AttendanceStatus status = at.isAfter(lateFrom) ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        em.persist(mark.set(status, null, at, me, MarkSource.CHECK_IN));
        em.createNativeQuery("INSERT INTO check_in_use (day_id, slot, person_id, late_sent, used_at) VALUES (?, ?, ?, ?, NOW(3))")
                .setParameter(1, day.dayId()).setParameter(2, slot).setParameter(3, me).setParameter(4, delayed)
                .executeUpdate();
        return new Result(day.cohortName(), day.sessionTitle(), day.day(), status, at);
    }

    private boolean usedLateByAnother(long dayId, long slot, long me) {
        return !em.createNativeQuery("SELECT id FROM check_in_use WHERE day_id = ? AND slot = ? AND late_sent = TRUE "
                        + "AND person_id <> ? LIMIT 1").setParameter(1, dayId).setParameter(2, slot).setParameter(3, me)
                .getResultList().isEmpty();
    }

    private CheckInCodes codes() {
        return new CheckInCodes(secrets.get("check-in"));
    }
}
