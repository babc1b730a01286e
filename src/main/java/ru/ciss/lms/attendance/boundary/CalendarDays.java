package ru.ciss.lms.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.ciss.lms.attendance.SessionFormat;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.platform.database.NativeRows;

/** Session days as calendar rows, one query each: the screens and the iCalendar feed read the same rows. */
@ApplicationScoped
public class CalendarDays {

    static final String DAY_ROW = "SELECT NEW ru.ciss.lms.attendance.boundary.SessionViews$DayRow(d.id, s.id, "
            + "c.id, c.name, s.title, s.format, s.place, s.link, d.day, d.startsAt, d.endsAt, d.agenda, "
            + "d.cancelledAt, d.cancelReason, d.version) "
            + "FROM SessionDay d JOIN d.session s, Cohort c WHERE c.id = s.cohortId ";

    @PersistenceContext
    EntityManager em;

    public List<SessionViews.DayRow> ofCohort(long cohortId) {
        return em.createQuery(DAY_ROW + "AND c.id = :cohort ORDER BY d.day, d.startsAt", SessionViews.DayRow.class)
                .setParameter("cohort", cohortId).getResultList();
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
        return em.createQuery(DAY_ROW + "AND EXISTS (SELECT m FROM CohortMember m WHERE m.cohort = c "
                + "AND m.personId = :me) ORDER BY d.day, d.startsAt", SessionViews.DayRow.class)
                .setParameter("me", personId).getResultList();
    }

    /**
     * The person's session days on one date that are not cancelled, in cohorts where they are a trainee: one native
     * statement, as the trainee's home asks it on every visit (a JPQL constructor query's SQL would be generated anew
     * each time, see NativeRows).
     */
    public List<SessionViews.DayRow> ofTraineeOn(long personId, java.time.LocalDate date) {
        return NativeRows.rows(em.createNativeQuery("SELECT d.id, s.id, c.id, c.name, s.title, s.format, s.place, s.link, "
                        + "d.day, d.starts_at, d.ends_at, d.agenda, d.cancel_reason, d.version FROM session_day d "
                        + "JOIN training_session s ON s.id = d.session_id JOIN cohort c ON c.id = s.cohort_id "
                        + "WHERE d.day = ? AND d.cancelled_at IS NULL AND EXISTS (SELECT 1 FROM cohort_member m "
                        + "WHERE m.cohort_id = c.id AND m.person_id = ? AND m.role = ?) ORDER BY d.starts_at, d.id")
                        .setParameter(1, date).setParameter(2, personId)
                        .setParameter(3, ru.ciss.lms.platform.security.Role.TRAINEE.name()))
                .stream().map(r -> new SessionViews.DayRow(NativeRows.asLong(r[0]), NativeRows.asLong(r[1]),
                        NativeRows.asLong(r[2]), (String) r[3], (String) r[4], NativeRows.asEnum(SessionFormat.class, r[5]),
                        (String) r[6], (String) r[7], NativeRows.asDate(r[8]), NativeRows.asTime(r[9]),
                        NativeRows.asTime(r[10]), (String) r[11], null, (String) r[12], NativeRows.asLong(r[13])))
                .toList();
    }

    /** Days of every cohort that is not finished: what administrators plan around. */
    public List<SessionViews.DayRow> ofOpenCohorts() {
        return em.createQuery(DAY_ROW + "AND c.status NOT IN :closed ORDER BY d.day, d.startsAt",
                SessionViews.DayRow.class).setParameter("closed", List.of(CohortStatus.FINISHED, CohortStatus.ARCHIVED)).getResultList();
    }

    public SessionViews.DayRow day(long dayId) {
        return em.createQuery(DAY_ROW + "AND d.id = :day", SessionViews.DayRow.class).setParameter("day", dayId)
                .getResultStream().findFirst().orElse(null);
    }
}
