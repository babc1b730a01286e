package ru.ciss.lms.course.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.course.FinalWorkForm;
import ru.ciss.lms.course.entity.Programme;
import ru.ciss.lms.platform.security.Role;

/**
 * What other features read of programmes, modules and cohorts, as records: they never hold the course's entities.
 * Not a facade of its own: no caller check here, because each method answers for the boundary that calls it, which
 * has already decided who may ask (and a CDI bean adds no EJB interceptor to every page that reads a module's title).
 */
@ApplicationScoped
public class CourseFacts {

    /** A module of a programme, with its assignment; {@code label()} is how lists and mails name it («2. Title»). */
    public record ModuleFacts(long id, long programmeId, String programmeTitle, int position, String title,
                              String assignmentTitle, String assignmentMarkdown, boolean assignmentRubric,
                              boolean archived) implements Serializable {
        public String label() {
            return position + ". " + title;
        }
    }

    /** A cohort as others need it: its name, its programme and whether it is still studied. */
    public record CohortRef(long id, String name, long programmeId, String programmeTitle, CohortStatus status,
                            java.time.LocalDate startsOn, java.time.LocalDate endsOn) implements Serializable {
        public boolean openForStudy() {
            return status.openForStudy();
        }
    }

    /** A programme's rules and texts that other features apply: scoring, the final work, the certificate. */
    public record ProgrammeFacts(long id, String code, String title, int academicHours, String certificateSeries,
                                 int minScorePercent, boolean scoringOpen, int rubricScaleMax,
                                 int rubricDisagreementPercent, String finalBriefTitle, String finalBriefMarkdown,
                                 FinalWorkForm finalWork) implements Serializable {
        static ProgrammeFacts of(Programme p) {
            return new ProgrammeFacts(p.getId(), p.getCode(), p.getTitle(), p.getAcademicHours(),
                    p.getCertificateSeries(), p.getMinScorePercent(), p.isScoringOpen(), p.getRubricScaleMax(),
                    p.getRubricDisagreementPercent(), p.getFinalBriefTitle(), p.getFinalBriefMarkdown(), p.finalWork());
        }
    }

    /** A person's place in a cohort, with the cohort's attendance rule in force ({@code leftOn}: null while in it). */
    public record Membership(long memberId, long cohortId, String cohortName, CohortStatus cohortStatus, Role role,
                             java.time.LocalDate enrolledOn, java.time.LocalDate leftOn, int minAttendancePercent)
            implements Serializable {
    }

    /** A criterion of a programme's rubric with its level descriptions from 0 up. */
    public record Criterion(long id, String code, String title, int weight, List<String> levels)
            implements Serializable {
    }

    private static final String MODULE = "SELECT NEW ru.ciss.lms.course.boundary.CourseFacts$ModuleFacts(m.id, "
            + "m.programme.id, m.programme.title, m.position, m.title, m.assignmentTitle, m.assignmentMarkdown, "
            + "m.assignmentRubric, m.archived) FROM CourseModule m ";

    private static final String COHORT = "SELECT NEW ru.ciss.lms.course.boundary.CourseFacts$CohortRef(c.id, c.name, "
            + "c.programme.id, c.programme.title, c.status, c.startsOn, c.endsOn) FROM Cohort c ";

    @PersistenceContext
    EntityManager em;

    public Optional<ModuleFacts> module(long moduleId) {
        return em.createQuery(MODULE + "WHERE m.id = :id", ModuleFacts.class).setParameter("id", moduleId)
                .getResultStream().findFirst();
    }

    /** The programme's modules in their order, without archived ones. */
    public List<ModuleFacts> modules(long programmeId) {
        return em.createQuery(MODULE + "WHERE m.programme.id = :p AND m.archived = FALSE ORDER BY m.position",
                ModuleFacts.class).setParameter("p", programmeId).getResultList();
    }

    public Optional<CohortRef> cohort(long cohortId) {
        return em.createQuery(COHORT + "WHERE c.id = :id", CohortRef.class).setParameter("id", cohortId)
                .getResultStream().findFirst();
    }

    /** The cohort when the person is (or was) in it with that role; empty otherwise. */
    public Optional<CohortRef> cohortOf(long cohortId, long personId, Role role) {
        return em.createQuery(COHORT + "WHERE c.id = :id AND EXISTS (SELECT m FROM CohortMember m WHERE m.cohort = c "
                        + "AND m.personId = :person AND m.role = :role)", CohortRef.class).setParameter("id", cohortId)
                .setParameter("person", personId).setParameter("role", role).getResultStream().findFirst();
    }

    /** Everyone who is (or was) in the cohort with that role. */
    public List<Long> memberIds(long cohortId, Role role) {
        return em.createQuery("SELECT m.personId FROM CohortMember m WHERE m.cohort.id = :c AND m.role = :role",
                Long.class).setParameter("c", cohortId).setParameter("role", role).getResultList();
    }

    public Optional<ProgrammeFacts> programme(long programmeId) {
        return Optional.ofNullable(em.find(Programme.class, programmeId)).map(ProgrammeFacts::of);
    }

    /** The programme with this code in content/; empty when content/ has none (or was not imported). */
    public Optional<ProgrammeFacts> programmeByCode(String code) {
        return em.createNamedQuery(Programme.BY_CODE, Programme.class).setParameter("code", code).getResultStream()
                .findFirst().map(ProgrammeFacts::of);
    }

    /** Whether a cohort of this name exists. */
    public boolean cohortNamed(String name) {
        return !em.createQuery("SELECT c.id FROM Cohort c WHERE c.name = :name", Long.class).setParameter("name", name)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** The programme the cohort runs; empty when there is no such cohort. */
    public Optional<ProgrammeFacts> programmeOfCohort(long cohortId) {
        return em.createQuery("SELECT c.programme FROM Cohort c WHERE c.id = :c", Programme.class)
                .setParameter("c", cohortId).getResultStream().findFirst().map(ProgrammeFacts::of);
    }

    /** Every cohort the person is (or was) in, newest first; one query. */
    public List<Membership> membershipsOf(long personId) {
        return em.createQuery("SELECT m FROM CohortMember m JOIN FETCH m.cohort c JOIN FETCH c.programme "
                        + "WHERE m.personId = :p ORDER BY c.startsOn DESC, c.id DESC, m.role",
                        ru.ciss.lms.course.entity.CohortMember.class).setParameter("p", personId).getResultStream()
                .map(m -> new Membership(m.getId(), m.getCohort().getId(), m.getCohort().getName(),
                        m.getCohort().getStatus(), m.getRole(), m.getEnrolledOn(), m.getLeftOn(),
                        m.getCohort().effectiveMinAttendancePercent())).toList();
    }

    /** Those in the cohort on that day or later: everyone who has not left before it (any role). */
    public List<Long> memberIdsOn(long cohortId, java.time.LocalDate day) {
        return em.createQuery("SELECT m.personId FROM CohortMember m WHERE m.cohort.id = :c "
                        + "AND (m.leftOn IS NULL OR m.leftOn >= :day)", Long.class).setParameter("c", cohortId)
                .setParameter("day", day).getResultList();
    }

    /** The programme's rubric in its order, without archived criteria. */
    public List<Criterion> rubric(long programmeId) {
        return em.createQuery("SELECT c FROM RubricCriterion c WHERE c.programme.id = :p AND c.archived = FALSE "
                        + "ORDER BY c.position", ru.ciss.lms.course.entity.RubricCriterion.class)
                .setParameter("p", programmeId).getResultStream()
                .map(c -> new Criterion(c.getId(), c.getCode(), c.getTitle(), c.getWeight(), List.copyOf(c.getLevels())))
                .toList();
    }
}
