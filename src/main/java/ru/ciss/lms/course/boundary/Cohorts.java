package ru.ciss.lms.course.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.course.entity.CohortMember;
import ru.ciss.lms.course.entity.CohortStatus;
import ru.ciss.lms.course.entity.MembershipChange;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.people.entity.Role;

/** Administrators run cohorts: create them and enrol trainees and mentors. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class Cohorts {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    public Cohort create(long programmeId, String name, LocalDate startsOn, LocalDate endsOn, CohortStatus status) {
        Programme programme = em.find(Programme.class, programmeId);
        if (programme == null) {
            throw new CourseNotFoundException();
        }
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new CourseRuleException("course.cohort.badDates");
        }
        Cohort cohort = new Cohort(programme, name, startsOn, endsOn, status == null ? CohortStatus.PLANNED : status);
        em.persist(cohort);
        return cohort;
    }

    public List<CohortViews.CohortRow> list() {
        return em.createQuery("SELECT NEW ru.ciss.lms.course.boundary.CohortViews$CohortRow(c.id, c.name, "
                + "c.programme.title, c.startsOn, c.endsOn, c.status, "
                + "(SELECT COUNT(t) FROM CohortMember t WHERE t.cohort = c AND t.role = ru.ciss.lms.people.entity.Role.TRAINEE), "
                + "(SELECT COUNT(n) FROM CohortMember n WHERE n.cohort = c AND n.role = ru.ciss.lms.people.entity.Role.MENTOR)) "
                + "FROM Cohort c ORDER BY c.startsOn DESC, c.name", CohortViews.CohortRow.class).getResultList();
    }

    public Cohort cohort(long id) {
        Cohort cohort = em.find(Cohort.class, id);
        if (cohort == null) {
            throw new CourseNotFoundException();
        }
        return cohort;
    }

    public List<CohortViews.MemberRow> members(long cohortId) {
        return em.createQuery("SELECT NEW ru.ciss.lms.course.boundary.CohortViews$MemberRow(p.id, p.surname, "
                        + "p.givenName, p.patronymic, p.email, m.role, m.id, m.enrolledAt, m.leftOn) FROM CohortMember m, Person p "
                        + "WHERE m.personId = p.id AND m.cohort.id = :cohort ORDER BY m.role, p.surname, p.givenName",
                CohortViews.MemberRow.class).setParameter("cohort", cohortId).getResultList();
    }

    /** Active people holding the role who are not yet in the cohort in it. */
    public List<CohortViews.Candidate> candidates(long cohortId, Role role) {
        return em.createQuery("SELECT NEW ru.ciss.lms.course.boundary.CohortViews$Candidate(p.id, p.surname, "
                        + "p.givenName, p.patronymic, p.email) FROM Person p WHERE p.active = TRUE "
                        + "AND :role MEMBER OF p.roles AND NOT EXISTS (SELECT m FROM CohortMember m "
                        + "WHERE m.personId = p.id AND m.cohort.id = :cohort AND m.role = :role) "
                        + "ORDER BY p.surname, p.givenName", CohortViews.Candidate.class)
                .setParameter("cohort", cohortId).setParameter("role", role).setMaxResults(500).getResultList();
    }

    /**
     * The first of the cohort's session days that is already past (Omsk), or null: when there is one, enrolling
     * someone now asks from when they are expected. Read by a native query: the days belong to attendance.
     */
    public LocalDate firstPastDay(long cohortId) {
        Object first = em.createNativeQuery("SELECT MIN(d.day) FROM session_day d JOIN training_session s "
                + "ON s.id = d.session_id WHERE s.cohort_id = ? AND d.day < ?").setParameter(1, cohortId)
                .setParameter(2, LocalDate.now(CohortMember.ZONE)).getSingleResult();
        return first == null ? null : first instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) first;
    }

    /** Enrols from today: see {@link #enrol(long, List, Role, LocalDate)}. */
    public int enrol(long cohortId, List<Long> personIds, Role role) {
        return enrol(cohortId, personIds, role, null);
    }

    /**
     * Enrols the people from the given date (null: today, Omsk); anyone already enrolled in that role, inactive, or
     * without the role is refused.
     */
    public int enrol(long cohortId, List<Long> personIds, Role role, LocalDate enrolledOn) {
        Cohort cohort = cohort(cohortId);
        if (role != Role.TRAINEE && role != Role.MENTOR) {
            throw new CourseRuleException("course.cohort.role");
        }
        List<Long> eligible = candidates(cohortId, role).stream().map(CohortViews.Candidate::personId).toList();
        if (personIds.isEmpty() || !eligible.containsAll(personIds)) {
            throw new CourseRuleException("course.cohort.notEligible");
        }
        LocalDate from = enrolledOn == null ? LocalDate.now(CohortMember.ZONE) : enrolledOn;
        personIds.forEach(id -> em.persist(new CohortMember(cohort, id, role, from)));
        return personIds.size();
    }

    /** A membership's dates for its edit form; unknown ids answer as not found. */
    public CohortViews.MemberDates memberDates(long memberId) {
        CohortMember m = member(memberId);
        Object[] name = em.createQuery("SELECT p.surname, p.givenName, p.patronymic FROM Person p WHERE p.id = :id",
                Object[].class).setParameter("id", m.getPersonId()).getSingleResult();
        String fullName = (name[0] + " " + name[1] + (name[2] == null ? "" : " " + name[2])).strip();
        Cohort c = m.getCohort();
        return new CohortViews.MemberDates(memberId, c.getId(), c.getName(), c.getStartsOn(), c.getEndsOn(), fullName,
                m.getRole(), m.getEnrolledOn(), m.getLeftOn(), m.getVersion());
    }

    /**
     * Changes a membership's enrolment date and the day the member left (null: still in the cohort), as the form
     * opened at {@code version} showed them; a change made meanwhile by someone else is refused, not overwritten.
     * Every change is written to the audit trail with who made it.
     */
    public void changeDates(long memberId, int version, LocalDate enrolledOn, LocalDate leftOn) {
        CohortMember m = member(memberId);
        if (m.getVersion() != version) {
            throw new CourseRuleException("course.member.changedMeanwhile");
        }
        Cohort c = m.getCohort();
        if (enrolledOn == null) {
            throw new CourseRuleException("course.member.enrolledRequired");
        }
        if (enrolledOn.isAfter(c.getEndsOn())) {
            throw new CourseRuleException("course.member.enrolledAfterEnd");
        }
        if (leftOn != null && leftOn.isBefore(enrolledOn)) {
            throw new CourseRuleException("course.member.leftBeforeEnrolled");
        }
        LocalDate enrolledBefore = m.getEnrolledOn();
        LocalDate leftBefore = m.getLeftOn();
        if (enrolledBefore.equals(enrolledOn) && java.util.Objects.equals(leftBefore, leftOn)) {
            return;
        }
        m.setEnrolledOn(enrolledOn);
        m.setLeftOn(leftOn);
        em.persist(new MembershipChange(memberId, enrolledBefore, enrolledOn, leftBefore, leftOn,
                Long.parseLong(caller.getCallerPrincipal().getName())));
        em.flush(); // the version check of the database, too: a change committed a moment ago is refused here
    }

    private CohortMember member(long memberId) {
        CohortMember m = em.find(CohortMember.class, memberId);
        if (m == null) {
            throw new CourseNotFoundException();
        }
        return m;
    }
}
