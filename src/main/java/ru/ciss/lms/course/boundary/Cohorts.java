package ru.ciss.lms.course.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.course.entity.CohortMember;
import ru.ciss.lms.course.entity.CohortStatus;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.people.entity.Role;

/** Administrators run cohorts: create them and enrol trainees and mentors. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class Cohorts {

    @PersistenceContext
    EntityManager em;

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
                        + "p.givenName, p.patronymic, p.email, m.role) FROM CohortMember m, Person p "
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

    /** Enrols the people; anyone already enrolled in that role, inactive, or without the role is refused. */
    public int enrol(long cohortId, List<Long> personIds, Role role) {
        Cohort cohort = cohort(cohortId);
        if (role != Role.TRAINEE && role != Role.MENTOR) {
            throw new CourseRuleException("course.cohort.role");
        }
        List<Long> eligible = candidates(cohortId, role).stream().map(CohortViews.Candidate::personId).toList();
        if (personIds.isEmpty() || !eligible.containsAll(personIds)) {
            throw new CourseRuleException("course.cohort.notEligible");
        }
        personIds.forEach(id -> em.persist(new CohortMember(cohort, id, role)));
        return personIds.size();
    }
}
