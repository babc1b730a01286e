package ru.ciss.lms.presentations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.course.boundary.CourseFacts.CohortRef;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.MailText;
import ru.ciss.lms.mail.boundary.Notices;
import ru.ciss.lms.people.FullName;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.people.boundary.PersonNames.PersonCard;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.CohortAccess;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;
import ru.ciss.lms.presentations.PlanState;
import ru.ciss.lms.presentations.control.MentorAllocation;
import ru.ciss.lms.presentations.control.ScoreAggregation;
import ru.ciss.lms.presentations.entity.Presentation;
import ru.ciss.lms.presentations.entity.PresentationMentor;
import ru.ciss.lms.presentations.entity.PresentationSetup;
import ru.ciss.lms.presentations.entity.ScoreChange;

/**
 * The administrators' side of a cohort's presentations: settings, mentor allocation (by hand or balanced
 * automatically), returning a plan, moderation of strong disagreement, and releasing the results.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class PresentationAdmin {

    /** Returns' comments and moderation reasons: as long as the form allows. */
    static final int MAX_NOTE = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseFacts course;

    @Inject
    PersonNames people;

    @Inject
    Caller caller;

    @Inject
    PresentationRules rules;

    @Inject
    CohortAccess access;

    @Inject
    Notices notices;

    @Inject
    PublicAddress address;

    public CohortRef cohort(long cohortId) {
        return course.cohort(cohortId).orElseThrow(PresentationNotFoundException::new);
    }

    public PresentationSetup setup(long cohortId) {
        cohort(cohortId);
        return rules.setup(cohortId);
    }

    public void changeSetup(long cohortId, long seenVersion, int mentors, boolean excludeDistrict, Instant due) {
        cohort(cohortId);
        if (mentors < 1 || mentors > PresentationSetup.MAX_MENTORS) {
            throw new PresentationRefusedException("allocation.refused.mentorsRange", PresentationSetup.MAX_MENTORS);
        }
        PresentationSetup setup = rules.setupForChange(cohortId);
        if (em.contains(setup) && setup.getVersion() != seenVersion && seenVersion != -1) {
            throw new PresentationRefusedException("presentation.refused.changed");
        }
        setup.change(mentors, excludeDistrict, due);
        flush();
    }

    /** Every trainee of the cohort with their presentation (or none yet), mentors and scores; four queries. */
    public List<PresentationViews.AdminRow> rows(long cohortId) {
        CohortRef cohort = cohort(cohortId);
        List<Object[]> trainees = em.createQuery("SELECT t.id, t.surname, t.givenName, t.patronymic, d.nameRu, o.name "
                + "FROM CohortMember m JOIN Person t ON t.id = m.personId LEFT JOIN t.district d LEFT JOIN "
                + "t.organisation o WHERE m.cohort.id = :c AND m.role = ru.ciss.lms.platform.security.Role.TRAINEE "
                + "ORDER BY t.surname, t.givenName, t.id", Object[].class).setParameter("c", cohortId).getResultList();
        // The codes too, so that an administrator can talk with a mentor about «П-017».
        Map<Long, Integer> codes = rules.giveCodes(cohortId);
        Map<Long, Presentation> byPerson = new HashMap<>();
        em.createQuery("SELECT p FROM Presentation p WHERE p.cohortId = :c", Presentation.class)
                .setParameter("c", cohortId).getResultList().forEach(p -> byPerson.put(p.getPersonId(), p));
        Map<Long, List<PresentationViews.MentorRef>> mentors = new HashMap<>();
        em.createQuery("SELECT a.presentationId, m.id, m.surname, m.givenName, m.patronymic, s.submittedAt, "
                        + "s.totalPercent FROM PresentationMentor a JOIN Person m ON m.id = a.mentorId JOIN Presentation "
                        + "p ON p.id = a.presentationId LEFT JOIN PresentationScore s ON s.presentationId = "
                        + "a.presentationId AND s.mentorId = a.mentorId WHERE p.cohortId = :c ORDER BY m.surname",
                        Object[].class).setParameter("c", cohortId).getResultList()
                .forEach(r -> mentors.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(
                        new PresentationViews.MentorRef((Long) r[1], FullName.of((String) r[2], (String) r[3],
                                (String) r[4]), r[5] != null, (Double) r[6])));
        int threshold = course.programme(cohort.programmeId()).orElseThrow().minScorePercent();
        List<PresentationViews.AdminRow> rows = new ArrayList<>();
        for (Object[] t : trainees) {
            Presentation p = byPerson.get((Long) t[0]);
            List<PresentationViews.MentorRef> allocated = p == null ? List.of()
                    : mentors.getOrDefault(p.getId(), List.of());
            Double result = p == null ? null : p.getResultPercent();
            Integer code = p == null ? null : codes.get(p.getId());
            rows.add(new PresentationViews.AdminRow(p == null ? 0 : p.getId(),
                    code == null ? null : ru.ciss.lms.presentations.control.BlindCode.label(code), (Long) t[0],
                    FullName.of((String) t[1], (String) t[2], (String) t[3]), (String) t[4], (String) t[5],
                    p == null ? null : p.getState(), p == null ? null : p.getSubmittedAt(), allocated,
                    (int) allocated.stream().filter(PresentationViews.MentorRef::submitted).count(),
                    p == null ? null : p.getFinalPercent(), p != null && p.isFlagged(),
                    p == null ? null : p.getModeratedPercent(),
                    p != null && p.isFinal() && result != null && ScoreAggregation.passes(result, threshold),
                    p == null ? -1 : p.getVersion()));
        }
        return rows;
    }

    /** The cohort's mentors with how many presentations each has there, least loaded first. */
    public List<PresentationViews.Workload> workload(long cohortId) {
        cohort(cohortId);
        return em.createQuery("SELECT m.id, m.surname, m.givenName, m.patronymic, o.name, d.nameRu, "
                        + "(SELECT COUNT(a) FROM PresentationMentor a, Presentation p WHERE a.presentationId = p.id AND "
                        + "p.cohortId = :c AND a.mentorId = m.id), (SELECT COUNT(s) FROM PresentationScore s, "
                        + "Presentation p2 WHERE s.presentationId = p2.id AND p2.cohortId = :c AND s.mentorId = m.id "
                        + "AND s.submittedAt IS NOT NULL) FROM CohortMember cm JOIN Person m ON m.id = cm.personId "
                        + "LEFT JOIN m.organisation o LEFT JOIN m.district d WHERE cm.cohort.id = :c AND cm.role = "
                        + "ru.ciss.lms.platform.security.Role.MENTOR ORDER BY m.surname, m.givenName", Object[].class)
                .setParameter("c", cohortId).getResultStream()
                .map(r -> new PresentationViews.Workload((Long) r[0], FullName.of((String) r[1], (String) r[2],
                        (String) r[3]), (String) r[4], (String) r[5], ((Number) r[6]).intValue(),
                        ((Number) r[7]).intValue())).toList();
    }

    /**
     * Tops every submitted plan up to the cohort's number of mentors, balancing workload, never with a mentor from
     * the trainee's organisation (or district, when the cohort says so). Answers how many allocations were made
     * and how many presentations are still short of mentors.
     */
    public int[] allocateAutomatically(long cohortId) {
        cohort(cohortId);
        PresentationSetup setup = rules.setup(cohortId);
        List<Presentation> plans = em.createQuery("SELECT p FROM Presentation p WHERE p.cohortId = :c AND p.state = "
                + "ru.ciss.lms.presentations.PlanState.SUBMITTED", Presentation.class)
                .setParameter("c", cohortId).getResultList();
        Map<Long, Set<Long>> allocated = new HashMap<>();
        em.createQuery("SELECT a FROM PresentationMentor a, Presentation p WHERE a.presentationId = p.id AND "
                        + "p.cohortId = :c", PresentationMentor.class).setParameter("c", cohortId).getResultList()
                .forEach(a -> allocated.computeIfAbsent(a.getPresentationId(), k -> new HashSet<>()).add(a.getMentorId()));
        // Projections, not Person entities: only the ids that decide conflicts are needed.
        Map<Long, Object[]> trainees = new HashMap<>();
        em.createQuery("SELECT t.id, o.id, d.id FROM Person t LEFT JOIN t.organisation o LEFT JOIN t.district d "
                        + "WHERE t.id IN (SELECT p.personId FROM Presentation p WHERE p.cohortId = :c)", Object[].class)
                .setParameter("c", cohortId).getResultList().forEach(r -> trainees.put((Long) r[0], r));
        List<MentorAllocation.Presentation> input = plans.stream().map(p -> {
            Object[] t = trainees.get(p.getPersonId());
            return new MentorAllocation.Presentation(p.getId(), (Long) t[1], (Integer) t[2],
                    allocated.getOrDefault(p.getId(), Set.of()));
        }).toList();
        List<MentorAllocation.Mentor> mentors = em.createQuery("SELECT m.id, o.id, d.id FROM CohortMember cm JOIN "
                        + "Person m ON m.id = cm.personId LEFT JOIN m.organisation o LEFT JOIN m.district d WHERE "
                        + "cm.cohort.id = :c AND cm.role = ru.ciss.lms.platform.security.Role.MENTOR AND m.active = TRUE",
                        Object[].class).setParameter("c", cohortId).getResultStream()
                .map(r -> new MentorAllocation.Mentor((Long) r[0], (Long) r[1], (Integer) r[2],
                        (int) allocated.values().stream().filter(s -> s.contains((Long) r[0])).count()))
                .toList();
        MentorAllocation.Plan plan = MentorAllocation.allocate(input, mentors, setup.getMentorsPerPresentation(),
                setup.isExcludeSameDistrict());
        rules.giveCodes(cohortId); // mentors know the presentations by these from now on
        int made = 0;
        Map<Long, Integer> perMentor = new HashMap<>();
        for (Map.Entry<Long, List<Long>> e : plan.added().entrySet()) {
            for (Long mentor : e.getValue()) {
                em.persist(new PresentationMentor(e.getKey(), mentor, caller.id()));
                perMentor.merge(mentor, 1, Integer::sum);
                made++;
            }
        }
        flush();
        // One message per mentor, however many presentations they got: a volunteer hears of the work once.
        perMentor.forEach((mentor, count) -> tellMentor(cohortId, mentor, count));
        return new int[] {made, plan.shortBy().size()};
    }

    /** Allocates one mentor by hand; the same conflicts are refused as in the automatic allocation. */
    public void allocate(long presentationId, long mentorId) {
        Presentation p = presentation(presentationId);
        if (!access.isMember(mentorId, p.getCohortId(), Role.MENTOR)) {
            throw new PresentationRefusedException("allocation.refused.notMentor");
        }
        PersonCard trainee = people.card(p.getPersonId()).orElseThrow(PresentationNotFoundException::new);
        PersonCard mentor = people.card(mentorId).orElseThrow(PresentationNotFoundException::new);
        MentorAllocation.Presentation pres = new MentorAllocation.Presentation(p.getId(), trainee.organisationId(),
                trainee.districtId(), Set.of());
        MentorAllocation.Mentor m = new MentorAllocation.Mentor(mentorId, mentor.organisationId(), mentor.districtId(), 0);
        if (MentorAllocation.conflicts(pres, m, rules.setup(p.getCohortId()).isExcludeSameDistrict())) {
            throw new PresentationRefusedException("allocation.refused.conflict", mentor.fullName());
        }
        // Codes before the insert: the cohort's row, then the presentation's, in the order scoring takes them (the
        // insert's foreign-key check would otherwise hold the presentation's row first, and the two could deadlock).
        rules.giveCodes(p.getCohortId());
        int inserted = em.createNativeQuery("INSERT IGNORE INTO presentation_mentor (presentation_id, mentor_id, "
                        + "allocated_at, allocated_by) VALUES (?, ?, ?, ?)").setParameter(1, presentationId)
                .setParameter(2, mentorId).setParameter(3, java.sql.Timestamp.from(Instant.now(SchoolClock.current())))
                .setParameter(4, caller.id()).executeUpdate();
        if (inserted == 0) {
            throw new PresentationRefusedException("allocation.refused.already", mentor.fullName());
        }
        tellMentor(p.getCohortId(), mentorId, 1);
    }

    /**
     * Mentors learn of their presentations by e-mail (volunteers rarely look in on their own). The message names the
     * cohort and how many, never a trainee: scoring may be blind, and the queue behind the link knows what to show.
     */
    private void tellMentor(long cohortId, long mentorId, int count) {
        CohortRef cohort = cohort(cohortId);
        notices.send(MailKind.PRESENTATION_ALLOCATED, mentorId, Map.of("cohort", cohort.name(),
                "count", String.valueOf(count), "link", address.of("/presentations/queue.xhtml"),
                MailText.PROGRAMME, cohort.programmeTitle()));
    }

    /** A trainee's own presentation page in the cohort: where the mails about their plan lead. */
    private String planLink(long cohortId) {
        return address.of("/presentations/mine.xhtml?cohort=" + cohortId);
    }

    /** Takes a mentor off a presentation; refused once they submitted scores (those count). */
    public void unallocate(long presentationId, long mentorId) {
        presentation(presentationId);
        boolean scored = !em.createQuery("SELECT s.id FROM PresentationScore s WHERE s.presentationId = :p AND "
                        + "s.mentorId = :m AND s.submittedAt IS NOT NULL", Long.class).setParameter("p", presentationId)
                .setParameter("m", mentorId).getResultList().isEmpty();
        if (scored) {
            throw new PresentationRefusedException("allocation.refused.scored");
        }
        em.createQuery("DELETE FROM PresentationScore s WHERE s.presentationId = :p AND s.mentorId = :m")
                .setParameter("p", presentationId).setParameter("m", mentorId).executeUpdate();
        em.createQuery("DELETE FROM PresentationMentor a WHERE a.presentationId = :p AND a.mentorId = :m")
                .setParameter("p", presentationId).setParameter("m", mentorId).executeUpdate();
    }

    /** Opens a submitted plan for changes again, with a comment to the trainee. */
    public void returnPlan(long presentationId, long seenVersion, String comment) {
        Presentation p = current(presentationId, seenVersion);
        if (p.getState() != PlanState.SUBMITTED) {
            throw new PresentationRefusedException("presentation.refused.notSubmitted");
        }
        if (comment == null || comment.isBlank()) {
            throw new PresentationRefusedException("presentation.refused.commentRequired");
        }
        if (comment.length() > MAX_NOTE) {
            throw new PresentationRefusedException("presentation.invalid.tooLong");
        }
        p.returnForChanges(comment.strip());
        em.persist(new ScoreChange(presentationId, caller.id(), ScoreChange.Kind.RETURNED, comment.strip()));
        flush();
        CohortRef cohort = cohort(p.getCohortId());
        notices.send(MailKind.PLAN_RETURNED, p.getPersonId(), Map.of("cohort", cohort.name(),
                "reviewer", people.fullName(caller.id()), "comment", comment.strip(), "link", planLink(cohort.id()),
                MailText.PROGRAMME, cohort.programmeTitle()));
    }

    /** Sets the final score of a presentation, with a reason that is required and kept in the audit trail. */
    public void moderate(long presentationId, long seenVersion, Double percent, String reason) {
        Presentation p = current(presentationId, seenVersion);
        // Both fields' problems at once, each at its field (issue #18).
        List<RefusedException.Problem> problems = new ArrayList<>();
        if (percent == null || percent.isNaN() || percent < 0 || percent > 100) {
            problems.add(new RefusedException.Problem("percent", "moderation.refused.range"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new RefusedException.Problem("reason", "moderation.refused.reason"));
        } else if (reason.length() > MAX_NOTE) {
            problems.add(new RefusedException.Problem("reason", "presentation.invalid.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new PresentationRefusedException("moderation.refused.fields", problems);
        }
        if (p.getFinalPercent() == null) {
            throw new PresentationRefusedException("moderation.refused.unscored");
        }
        String before = p.getResultPercent() == null ? "—" : ScoreAggregation.oneDecimal(p.getResultPercent());
        p.moderate(percent, reason.strip(), caller.id(), Instant.now(SchoolClock.current()));
        em.persist(new ScoreChange(presentationId, caller.id(), ScoreChange.Kind.MODERATED, before + " → "
                + ScoreAggregation.oneDecimal(percent) + " %: " + reason.strip()));
        flush();
    }

    /** Shows the results to the cohort's trainees; refused while a flagged presentation awaits moderation. */
    public void release(long cohortId) {
        cohort(cohortId);
        // Taken before anything is counted: scoring waits for it, so no score or disagreement arrives in between.
        rules.lockSetup(cohortId);
        long waiting = em.createQuery("SELECT COUNT(p) FROM Presentation p WHERE p.cohortId = :c AND p.flagged = TRUE "
                + "AND p.moderatedPercent IS NULL", Long.class).setParameter("c", cohortId).getSingleResult();
        if (waiting > 0) {
            throw new PresentationRefusedException("release.refused.flagged", waiting);
        }
        PresentationSetup setup = rules.setupForChange(cohortId);
        if (setup.isReleased()) {
            throw new PresentationRefusedException("release.refused.already");
        }
        setup.release(caller.id(), Instant.now(SchoolClock.current()));
        List<Presentation> scored = em.createQuery("SELECT p FROM Presentation p WHERE p.cohortId = :c AND "
                + "p.finalPercent IS NOT NULL", Presentation.class).setParameter("c", cohortId).getResultList();
        scored.forEach(p -> em.persist(new ScoreChange(p.getId(), caller.id(), ScoreChange.Kind.RELEASED,
                ScoreAggregation.oneDecimal(p.getResultPercent()) + " %")));
        flush();
        CohortRef cohort = cohort(cohortId);
        // Only the trainees whose plan has a result: for the others the release shows nothing new.
        scored.forEach(p -> notices.send(MailKind.PRESENTATION_RESULT_RELEASED, p.getPersonId(), Map.of("cohort",
                cohort.name(), "link", planLink(cohortId), MailText.PROGRAMME, cohort.programmeTitle())));
    }

    /** The audit trail of one presentation, oldest first, with who made each change. */
    public List<PresentationViews.TrailRow> trail(long presentationId) {
        Presentation p = presentation(presentationId);
        List<ScoreChange> changes = em.createQuery("SELECT c FROM ScoreChange c WHERE c.presentationId = :p "
                + "ORDER BY c.changedAt, c.id", ScoreChange.class).setParameter("p", presentationId).getResultList();
        Map<String, String> titles = new HashMap<>();
        course.programmeOfCohort(p.getCohortId())
                .ifPresent(g -> rules.criteria(g).forEach(c -> titles.put(c.code(), c.title())));
        Map<Long, String> names = new HashMap<>(); // a handful of people write a presentation's trail
        return changes.stream().map(c -> new PresentationViews.TrailRow(c.getChangedAt(), c.getKind(),
                names.computeIfAbsent(c.getActorId(), people::fullName),
                c.getKind() == ScoreChange.Kind.SCORED ? ScoreChange.scoresByTitle(c.getDetail(), titles)
                        : c.getDetail())).toList();
    }


    private Presentation presentation(long id) {
        Presentation p = em.find(Presentation.class, id);
        if (p == null) {
            throw new PresentationNotFoundException();
        }
        return p;
    }

    private Presentation current(long id, long seenVersion) {
        Presentation p = presentation(id);
        if (p.getVersion() != seenVersion) {
            throw new PresentationRefusedException("presentation.refused.changed");
        }
        return p;
    }

    private void flush() {
        rules.flushOrRefuse("presentation.refused.changed");
    }

}
