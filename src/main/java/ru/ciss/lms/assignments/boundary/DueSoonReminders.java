package ru.ciss.lms.assignments.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import ru.ciss.lms.assignments.entity.AssignmentDue;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.course.boundary.CourseFacts.ModuleFacts;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.boundary.Notices;
import ru.ciss.lms.mail.boundary.Reminders;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;

/**
 * Reminds trainees of an assignment due within 48 hours that they have not yet submitted. Each reminder carries a
 * key of (due date, trainee, due time), so it goes once, also across servers and restarts; moving the due date
 * makes a new reminder.
 */
@Singleton
@PermitAll
public class DueSoonReminders {

    private static final Logger LOG = Logger.getLogger(DueSoonReminders.class.getName());
    static final Duration AHEAD = Duration.ofHours(48);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(SchoolClock.ZONE);

    @PersistenceContext
    EntityManager em;

    @Inject
    Notices notices;

    @Inject
    Reminders reminders;

    @Inject
    PublicAddress address;

    @Inject
    CourseFacts course;

    @Inject
    PersonNames people;

    @Schedule(hour = "*", minute = "*/20", persistent = false)
    void everyTwentyMinutes() {
        Reminders.round(LOG, "Due-date reminders", () -> remind(Instant.now(SchoolClock.current())));
    }

    /** Queues the reminders due at {@code now}; answers how many were queued. */
    public int remind(Instant now) {
        List<AssignmentDue> dues = em.createQuery("SELECT d FROM AssignmentDue d WHERE d.dueAt > :now "
                + "AND d.dueAt <= :ahead", AssignmentDue.class).setParameter("now", now)
                .setParameter("ahead", now.plus(AHEAD)).getResultList();
        List<Reminders.Reminder> queue = new ArrayList<>();
        for (AssignmentDue d : dues) {
            ModuleFacts module = course.module(d.getModuleId()).orElse(null);
            if (module == null) {
                continue;
            }
            Set<Long> answered = new HashSet<>(em.createQuery("SELECT s.personId FROM Submission s "
                            + "WHERE s.cohortId = :cohort AND s.moduleId = :module AND s.versions > 0 AND s.state <> "
                            + "ru.ciss.lms.assignments.SubmissionState.RETURNED", Long.class)
                    .setParameter("cohort", d.getCohortId()).setParameter("module", d.getModuleId()).getResultList());
            List<Long> waiting = people.active(course.memberIds(d.getCohortId(), Role.TRAINEE).stream()
                    .filter(id -> !answered.contains(id)).toList());
            for (long trainee : waiting) {
                queue.add(new Reminders.Reminder(trainee, Map.of(
                        "module", module.label(), "due", DUE.format(d.getDueAt()),
                        "link", address.of("/study/assignment.xhtml?cohort=" + d.getCohortId()
                                + "&module=" + module.id()),
                        ru.ciss.lms.mail.MailText.PROGRAMME, notices.programmeOf(d.getCohortId())),
                        "due-soon:" + d.getId() + ":" + trainee + ":" + d.getDueAt().getEpochSecond()));
            }
        }
        return reminders.sendOnce(MailKind.DUE_SOON, queue);
    }
}
