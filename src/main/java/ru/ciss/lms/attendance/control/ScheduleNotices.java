package ru.ciss.lms.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.MailText;
import ru.ciss.lms.mail.boundary.Notices;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;

/**
 * Tells a cohort's trainees and mentors that its schedule changed, through the outbox and in the caller's
 * transaction (a refused change sends nothing). Each message is in its reader's language. Only changes that matter
 * to someone who plans their week are sent: a day that is past needs no e-mail, it is a correction of the record.
 */
@ApplicationScoped
public class ScheduleNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonNames people;

    @Inject
    CourseFacts course;

    @Inject
    Notices notices;

    @Inject
    PublicAddress address;

    /** «12.03.2027, 10:00–17:00»: a day as the messages name it. */
    public static String when(LocalDate day, LocalTime startsAt, LocalTime endsAt) {
        return DATE.format(day) + ", " + TIME.format(startsAt) + "–" + TIME.format(endsAt);
    }

    /** Whether a day is still to come (today included), in Omsk, so that people should hear of its change. */
    public static boolean coming(LocalDate day) {
        return !day.isBefore(LocalDate.now(SchoolClock.current()));
    }

    /**
     * Queues one message to every trainee and mentor of the cohort who is active and has not left it.
     *
     * @param phrase a {@code change.*} key of the mail bundle; {@code values} fill it ({@code session} is added)
     * @return how many messages were queued
     */
    public int tell(long cohortId, String session, String phrase, Map<String, String> values) {
        LocalDate today = LocalDate.now(SchoolClock.current());
        Object[] cohort = em.createQuery("SELECT c.name, c.id, c.programme.title FROM Cohort c WHERE c.id = :c", Object[].class)
                .setParameter("c", cohortId).getSingleResult();
        Map<Long, java.util.Locale> members = people.localesOfActive(course.memberIdsOn(cohortId, today));
        Map<String, String> filled = new HashMap<>(values);
        filled.put("session", session);
        int queued = 0;
        for (Map.Entry<Long, java.util.Locale> member : members.entrySet()) {
            String change = MailText.phrase(phrase, member.getValue(), filled);
            if (notices.send(MailKind.SCHEDULE_CHANGED, member.getKey(), Map.of("cohort", (String) cohort[0], "session", session,
                    "change", change, "link", address.of("/attendance/calendar.xhtml"), MailText.PROGRAMME, (String) cohort[2]))) {
                queued++;
            }
        }
        return queued;
    }
}
