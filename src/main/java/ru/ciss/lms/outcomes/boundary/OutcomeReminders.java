package ru.ciss.lms.outcomes.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.boundary.Reminders;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;

/**
 * Asks graduates to report their outcomes 3, 6 and 12 months after their cohort ended. Each reminder carries a key of
 * (cohort, graduate, months), so it goes once, also across servers and restarts. A reminder whose day passed more
 * than {@link #LATE_DAYS} days ago is not sent: switching the feature on must not mail years-old cohorts.
 */
@Singleton
@PermitAll
public class OutcomeReminders {

    private static final Logger LOG = Logger.getLogger(OutcomeReminders.class.getName());
    public static final int[] MONTHS = {3, 6, 12};
    static final int LATE_DAYS = 14;

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonNames people;

    @Inject
    Reminders reminders;

    @Inject
    PublicAddress address;

    @Schedule(hour = "*", minute = "43", persistent = false)
    void hourly() {
        Reminders.round(LOG, "Outcome reminders", () -> remind(LocalDate.now(SchoolClock.current())));
    }

    /** A reminder goes on its day, or up to LATE_DAYS later when no timer ran on it (the server was down). */
    static boolean isDue(LocalDate reminderDay, LocalDate today) {
        return !reminderDay.isAfter(today) && reminderDay.isAfter(today.minusDays(LATE_DAYS + 1L));
    }

    /** Queues the reminders due on {@code today}; answers how many were queued. */
    public int remind(LocalDate today) {
        List<Reminders.Reminder> queue = new ArrayList<>();
        for (int months : MONTHS) {
            // Cohorts whose reminder day (end + months) is today or up to LATE_DAYS before it. The query takes a few
            // days more on each side, as month lengths differ; the exact day is checked below.
            LocalDate around = today.minusMonths(months);
            List<Object[]> due = em.createQuery("SELECT c.personId, h.id, h.name, h.endsOn, h.programme.title FROM Certificate c, Cohort h "
                            + "WHERE h.id = c.cohortId "
                            + "AND c.status = ru.ciss.lms.certificates.CertificateStatus.VALID "
                            + "AND h.endsOn >= :earliest AND h.endsOn <= :latest", Object[].class)
                    .setParameter("earliest", around.minusDays(LATE_DAYS + 3L))
                    .setParameter("latest", around.plusDays(3)).getResultList().stream()
                    .filter(r -> isDue(((LocalDate) r[3]).plusMonths(months), today)).toList();
            if (due.isEmpty()) {
                continue;
            }
            // The graduates in one query, not one per reminder.
            java.util.Set<Long> graduates = new java.util.HashSet<>(
                    people.active(due.stream().map(r -> (Long) r[0]).distinct().toList()));
            for (Object[] row : due) {
                long graduate = (Long) row[0];
                if (!graduates.contains(graduate)) {
                    continue;
                }
                queue.add(new Reminders.Reminder(graduate, Map.of("cohort", (String) row[2],
                        "months", String.valueOf(months), "link", address.of("/outcomes/my.xhtml"),
                        ru.ciss.lms.mail.MailText.PROGRAMME, (String) row[4]),
                        "outcome-reminder:" + row[1] + ":" + graduate + ":" + months));
            }
        }
        return reminders.sendOnce(MailKind.OUTCOME_REMINDER, queue);
    }
}
