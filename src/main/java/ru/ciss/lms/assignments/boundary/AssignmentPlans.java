package ru.ciss.lms.assignments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.assignments.boundary.AssignmentViews.DueRow;
import ru.ciss.lms.assignments.entity.AssignmentDue;
import ru.ciss.lms.assignments.entity.LateRule;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.course.boundary.CourseFacts.CohortRef;
import ru.ciss.lms.course.boundary.CourseFacts.ModuleFacts;
import ru.ciss.lms.platform.rules.Flush;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/** Administrators set each module's due date and late rule per cohort. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class AssignmentPlans {

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    DueSoonReminders reminders;

    @jakarta.inject.Inject
    CourseFacts course;

    public CohortRef cohort(long cohortId) {
        return course.cohort(cohortId).orElseThrow(AssignmentNotFoundException::new);
    }

    public List<DueRow> plan(long cohortId) {
        CohortRef cohort = cohort(cohortId);
        Map<Long, AssignmentDue> dues = new HashMap<>();
        em.createQuery("SELECT d FROM AssignmentDue d WHERE d.cohortId = :c", AssignmentDue.class)
                .setParameter("c", cohortId).getResultList().forEach(d -> dues.put(d.getModuleId(), d));
        return course.modules(cohort.programmeId()).stream()
                .map(m -> DueRow.of(m.id(), m.position(), m.title(), dues.get(m.id()))).toList();
    }

    /**
     * Sets or clears (null due) a module's due date. {@code seenVersion} is the version the form showed (null when it
     * showed no due date), so two administrators editing the same plan cannot silently overwrite each other.
     */
    public void set(long cohortId, long moduleId, Long seenVersion, Instant due, LateRule rule, Instant cutoff) {
        CohortRef cohort = cohort(cohortId);
        ModuleFacts module = course.module(moduleId).filter(m -> m.programmeId() == cohort.programmeId())
                .orElseThrow(AssignmentNotFoundException::new);
        AssignmentDue existing = em.createQuery("SELECT d FROM AssignmentDue d WHERE d.cohortId = :c AND "
                        + "d.moduleId = :m", AssignmentDue.class).setParameter("c", cohortId)
                .setParameter("m", moduleId).getResultStream().findFirst().orElse(null);
        Long currentVersion = existing == null ? null : existing.getVersion();
        if (!java.util.Objects.equals(currentVersion, seenVersion)) {
            throw new AssignmentRefusedException("plan.refused.changed", module.position());
        }
        if (due == null) {
            if (existing != null) {
                em.remove(existing);
            }
            return;
        }
        if (cutoff != null && cutoff.isBefore(due)) {
            throw new AssignmentRefusedException("plan.refused.cutoffBeforeDue", module.position());
        }
        AssignmentDue target = existing;
        if (target == null) {
            target = new AssignmentDue(cohortId, moduleId);
            em.persist(target);
        }
        target.set(due, rule == null ? LateRule.ACCEPT : rule, cutoff);
        Flush.orRefuse(em, () -> new AssignmentRefusedException("plan.refused.changed", module.position()));
        // A due date set to tomorrow should not wait for the next round of reminders.
        reminders.remind(Instant.now(SchoolClock.current()));
    }
}
