package ru.ciss.lms.overview.boundary;

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
import ru.ciss.lms.attendance.boundary.Attendance;
import ru.ciss.lms.attendance.boundary.AttendanceViews;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.overview.boundary.PersonRecord;
import ru.ciss.lms.people.boundary.PeopleRuleException;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.platform.security.Role;

/**
 * The administrators' view of one person: contacts, account, cohorts with their figures, certificates, consents,
 * outcomes and the last e-mails. One query per kind of record (about a dozen in all), never one per cohort; the
 * attendance figures come from {@link Attendance}, so they are the ones the trainee and the register show.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class PersonOverview {

    /** The page shows the latest e-mails; the outbox page has them all. */
    static final int MAILS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Attendance attendance;

    @Inject
    CourseFacts course;

    @Inject
    PersonNames people;

    public PersonRecord of(long personId) {
        PersonNames.PersonContacts person = people.contacts(personId)
                .orElseThrow(() -> new PeopleRuleException("people.notFound"));
        Map<Long, AttendanceViews.Record> rates = new HashMap<>();
        attendance.of(personId).forEach(r -> rates.put(r.cohortId(), r));
        Map<Long, List<PersonRecord.WorkRow>> work = new HashMap<>();
        em.createQuery("SELECT s.cohortId, m.title, s.state, s.late FROM Submission s, CourseModule m "
                        + "WHERE m.id = s.moduleId AND s.personId = :p ORDER BY m.position", Object[].class)
                .setParameter("p", personId).getResultList()
                .forEach(r -> work.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new PersonRecord.WorkRow((String) r[1], String.valueOf(r[2]), (Boolean) r[3])));
        Map<Long, Object[]> plans = new HashMap<>();
        em.createQuery("SELECT p.cohortId, p.state, p.finalPercent, p.moderatedPercent, p.flagged FROM Presentation p "
                        + "WHERE p.personId = :p", Object[].class).setParameter("p", personId).getResultList()
                .forEach(r -> plans.put((Long) r[0], r));
        List<PersonRecord.Membership> memberships = course.membershipsOf(personId).stream()
                .map(m -> membership(m, rates, work, plans)).toList();
        return new PersonRecord(person, person.activated(), memberships, certificates(personId),
                consents(personId), outcomes(personId), mails(personId));
    }

    private static PersonRecord.Membership membership(CourseFacts.Membership m, Map<Long, AttendanceViews.Record> rates,
                                                      Map<Long, List<PersonRecord.WorkRow>> work,
                                                      Map<Long, Object[]> plans) {
        long cohortId = m.cohortId();
        boolean trainee = m.role() == Role.TRAINEE;
        AttendanceViews.Record rate = trainee ? rates.get(cohortId) : null;
        Object[] plan = trainee ? plans.get(cohortId) : null;
        Double percent = null;
        if (plan != null) {
            Double moderated = (Double) plan[3];
            Double mentors = (Double) plan[2];
            // The same "result that counts" as Presentation.getResultPercent and isFinal: moderated, or unflagged.
            percent = moderated != null ? moderated : (mentors != null && !(Boolean) plan[4] ? mentors : null);
        }
        return new PersonRecord.Membership(m.memberId(), cohortId, m.cohortName(), m.cohortStatus(),
                m.role(), m.enrolledOn(), m.leftOn(), rate == null ? null : rate.result(), m.minAttendancePercent(),
                trainee ? work.getOrDefault(cohortId, List.of()) : List.of(),
                trainee ? (plan == null ? "NONE" : String.valueOf(plan[1])) : null, percent);
    }

    private List<PersonRecord.CertificateRow> certificates(long personId) {
        return em.createQuery("SELECT c.id, c.number, k.name, c.issuedOn, c.status FROM Certificate c, Cohort k "
                        + "WHERE k.id = c.cohortId AND c.personId = :p ORDER BY c.issuedOn DESC, c.id DESC", Object[].class)
                .setParameter("p", personId).getResultList().stream()
                .map(r -> new PersonRecord.CertificateRow((Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3],
                        String.valueOf(r[4]))).toList();
    }

    private List<PersonRecord.ConsentRow> consents(long personId) {
        return em.createQuery("SELECT c.kind, c.textVersion, c.givenAt, c.withdrawnAt FROM Consent c "
                        + "WHERE c.personId = :p ORDER BY c.givenAt DESC, c.id DESC", Object[].class)
                .setParameter("p", personId).getResultList().stream()
                .map(r -> new PersonRecord.ConsentRow(String.valueOf(r[0]), (String) r[1], (Instant) r[2], (Instant) r[3]))
                .toList();
    }

    private List<PersonRecord.OutcomeRow> outcomes(long personId) {
        return em.createQuery("SELECT o.kind, o.name, o.happenedOn, o.state FROM Outcome o WHERE o.personId = :p "
                        + "ORDER BY o.happenedOn DESC, o.id DESC", Object[].class)
                .setParameter("p", personId).getResultList().stream()
                .map(r -> new PersonRecord.OutcomeRow(String.valueOf(r[0]), (String) r[1], (LocalDate) r[2],
                        String.valueOf(r[3]))).toList();
    }

    private List<PersonRecord.MailRow> mails(long personId) {
        return em.createQuery("SELECT m.subject, m.state, m.createdAt, m.sentAt FROM OutboxMessage m "
                        + "WHERE m.personId = :p ORDER BY m.createdAt DESC, m.id DESC", Object[].class)
                .setParameter("p", personId).setMaxResults(MAILS).getResultList().stream()
                .map(r -> new PersonRecord.MailRow((String) r[0], String.valueOf(r[1]), (Instant) r[2], (Instant) r[3]))
                .toList();
    }
}
