package ru.ciss.lms.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.ciss.lms.attendance.SessionFormat;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.platform.database.NativeRows;
import ru.ciss.lms.platform.security.Role;

/** Session days as calendar rows, one query each: the screens and the iCalendar feed read the same rows. */
@ApplicationScoped
public class CalendarDays {

    /**
     * Native SQL, every query here: the calendar's rows are asked on the trainee's home, the attendance grid and the
     * calendar page, and EclipseLink generates a JPQL constructor query's SQL anew at each execution (see NativeRows).
     */
    private static final String DAY_COLUMNS = "SELECT d.id, s.id, c.id, c.name, s.title, s.format, s.place, s.link, "
            + "d.day, d.starts_at, d.ends_at, d.agenda, d.cancelled_at, d.cancel_reason, d.version FROM session_day d "
            + "JOIN training_session s ON s.id = d.session_id JOIN cohort c ON c.id = s.cohort_id WHERE ";
    private static final String BY_TIME = " ORDER BY d.day, d.starts_at, d.id";

    @PersistenceContext
    EntityManager em;

    public List<SessionViews.DayRow> ofCohort(long cohortId) {
        return days("c.id = ?" + BY_TIME, cohortId);
    }

    /**
     * The days a person's calendar holds, on the calendar page and in their iCalendar feed alike: administrators
     * run every cohort, so they get the days of every cohort not finished; mentors and trainees get the days of the
     * cohorts they belong to. One rule, so the feed can never hold fewer days than the page.
     */
    public List<SessionViews.DayRow> seenBy(long personId, boolean administrator) {
        return administrator ? ofOpenCohorts() : ofPerson(personId);
    }

    /** Days of every cohort the person belongs to, as trainee or mentor. */
    public List<SessionViews.DayRow> ofPerson(long personId) {
        return days("EXISTS (SELECT 1 FROM cohort_member m WHERE m.cohort_id = c.id AND m.person_id = ?)" + BY_TIME,
                personId);
    }

    /** The person's session days on one date that are not cancelled, in cohorts where they are a trainee. */
    public List<SessionViews.DayRow> ofTraineeOn(long personId, java.time.LocalDate date) {
        return days("d.day = ? AND d.cancelled_at IS NULL AND EXISTS (SELECT 1 FROM cohort_member m "
                + "WHERE m.cohort_id = c.id AND m.person_id = ? AND m.role = ?) ORDER BY d.starts_at, d.id", date,
                personId, Role.TRAINEE.name());
    }

    /** Days of every cohort that is not finished: what administrators plan around. */
    public List<SessionViews.DayRow> ofOpenCohorts() {
        return days("c.status NOT IN (?, ?)" + BY_TIME, CohortStatus.FINISHED.name(), CohortStatus.ARCHIVED.name());
    }

    public SessionViews.DayRow day(long dayId) {
        return days("d.id = ?", dayId).stream().findFirst().orElse(null);
    }

    private List<SessionViews.DayRow> days(String condition, Object... values) {
        var query = em.createNativeQuery(DAY_COLUMNS + condition);
        NativeRows.bind(query, 1, List.of(values));
        return NativeRows.rows(query).stream().map(r -> new SessionViews.DayRow(NativeRows.asLong(r[0]),
                NativeRows.asLong(r[1]), NativeRows.asLong(r[2]), (String) r[3], (String) r[4],
                NativeRows.asEnum(SessionFormat.class, r[5]), (String) r[6], (String) r[7], NativeRows.asDate(r[8]),
                NativeRows.asTime(r[9]), NativeRows.asTime(r[10]), (String) r[11], NativeRows.asInstant(r[12]),
                (String) r[13], NativeRows.asLong(r[14]))).toList();
    }
}
