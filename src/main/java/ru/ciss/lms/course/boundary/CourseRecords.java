package ru.ciss.lms.course.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.course.entity.Cohort;
import ru.ciss.lms.course.entity.CohortMember;
import ru.ciss.lms.course.entity.LessonProgress;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.platform.security.Role;

/**
 * What other features write of the course: trainees' memberships as the enrolment import reads and adds them, and
 * the cohorts, members and lessons studied that the demo data makes at the first start. Only the course feature
 * writes its tables; the caller decides what to write and checks who may ask (there is no signed-in person at
 * startup, so no check here).
 */
@ApplicationScoped
public class CourseRecords {

    @PersistenceContext
    EntityManager em;

    /** The cohort's trainees (also those who left) with the day each was enrolled from. */
    public Map<Long, LocalDate> traineesOf(long cohortId) {
        Map<Long, LocalDate> result = new HashMap<>();
        em.createQuery("SELECT m FROM CohortMember m WHERE m.cohort.id = :cohort AND m.role = :role", CohortMember.class)
                .setParameter("cohort", cohortId).setParameter("role", Role.TRAINEE).getResultList()
                .forEach(m -> result.put(m.getPersonId(), m.getEnrolledOn()));
        return result;
    }

    /** A new cohort of the programme; its id. */
    public long createCohort(long programmeId, String name, LocalDate startsOn, LocalDate endsOn, CohortStatus status) {
        Cohort cohort = new Cohort(em.find(Programme.class, programmeId), name, startsOn, endsOn, status);
        em.persist(cohort);
        em.flush();
        return cohort.getId();
    }

    /** Adds the person to the cohort with that role from that moment. */
    public void addMember(long cohortId, long personId, Role role, java.time.Instant enrolledAt) {
        em.persist(new CohortMember(em.getReference(Cohort.class, cohortId), personId, role, enrolledAt));
    }

    /** The programme's lessons in study order (module, then lesson), without archived ones. */
    public java.util.List<Long> lessonIds(long programmeId) {
        return em.createQuery("SELECT l.id FROM Lesson l JOIN l.module m WHERE l.programme.id = :p "
                + "AND l.archived = FALSE ORDER BY m.position, l.position", Long.class).setParameter("p", programmeId)
                .getResultList();
    }

    /** Records the lessons as studied by the person. */
    public void studied(long personId, java.util.List<Long> lessonIds) {
        lessonIds.forEach(l -> em.persist(new LessonProgress(personId, l)));
    }

    /** Adds the person as a trainee from that day, recorded as made by the import (so that it can be undone). */
    public void addTrainee(long cohortId, long personId, LocalDate from, long importId) {
        CohortMember member = new CohortMember(em.getReference(Cohort.class, cohortId), personId, Role.TRAINEE, from);
        member.setImportId(importId);
        em.persist(member);
    }
}
