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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.course.boundary.CourseFacts.CohortRef;
import ru.ciss.lms.course.boundary.CourseFacts.Criterion;
import ru.ciss.lms.course.boundary.CourseFacts.ProgrammeFacts;
import ru.ciss.lms.people.FullName;
import ru.ciss.lms.people.boundary.DistrictChoice;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.platform.rules.RefusedException;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.presentations.PlanState;
import ru.ciss.lms.presentations.control.BlindCode;
import ru.ciss.lms.presentations.control.ScoreAggregation;
import ru.ciss.lms.presentations.entity.Presentation;
import ru.ciss.lms.presentations.entity.PresentationScore;
import ru.ciss.lms.presentations.entity.ScoreChange;

/**
 * The mentors' side: the presentations allocated to the caller, the scoring sheet, a draft kept until submitted,
 * and the submission that counts. Blind: a mentor sees the others' scores only after submitting their own. Anything
 * not allocated to the caller answers "not found". Mentors signed in through an invitation link have this and
 * nothing else.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({Role.MENTOR_NAME, Role.INVITED_MENTOR_NAME})
public class Scoring {

    /** The role of a session opened by an invitation link: scoring only. */

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
    ru.ciss.lms.presentations.control.InvitationScope scope;

    /**
     * The caller's allocated presentations, those still to score first. Blind scoring (unless the programme says
     * open): each is known by its code, in code order, with no name, district or cohort.
     */
    public List<PresentationViews.QueueRow> queue() {
        List<Object[]> rows = queueRows();
        if (rows.stream().anyMatch(r -> r[9] == null)) {
            // Allocated before codes existed, or by a path that gave none: codes on first need, then read again.
            rows.stream().filter(r -> r[9] == null).map(r -> (Long) r[11]).distinct().forEach(rules::giveCodes);
            rows = queueRows();
        }
        return rows.stream().map(r -> {
                    boolean open = (Boolean) r[10];
                    return new PresentationViews.QueueRow((Long) r[0], BlindCode.label((Integer) r[9]),
                            open ? FullName.of((String) r[1], (String) r[2], (String) r[3]) : null,
                            open ? (String) r[4] : null, open ? (String) r[5] : null, (PlanState) r[6], r[7] != null,
                            r[8] != null);
                })
                .sorted(java.util.Comparator.comparing(PresentationViews.QueueRow::submitted)).toList();
    }

    private List<Object[]> queueRows() {
        // Ordered by code, never by surname: the alphabet would hint at who is who.
        return em.createQuery("SELECT p.id, t.surname, t.givenName, t.patronymic, d.nameRu, c.name, "
                + "p.state, s.id, s.submittedAt, p.blindCode, pr.scoringOpen, c.id FROM PresentationMentor a, "
                + "Presentation p JOIN Person t ON t.id = p.personId LEFT JOIN District d ON d.id = p.districtId "
                + "JOIN Cohort c ON c.id = p.cohortId JOIN c.programme pr "
                + "LEFT JOIN PresentationScore s ON s.presentationId = p.id AND s.mentorId = :me "
                + "WHERE a.presentationId = p.id AND a.mentorId = :me AND (:scope IS NULL OR p.cohortId = :scope) "
                + "ORDER BY c.startsOn DESC, c.id, p.blindCode",
                Object[].class).setParameter("me", caller.id()).setParameter("scope", scope.cohort(caller.hasRoleNamed(Role.INVITED_MENTOR_NAME))).getResultList();
    }

    public PresentationViews.ScoringSheet sheet(long presentationId) {
        Presentation p = allocated(presentationId);
        CohortRef cohort = course.cohort(p.getCohortId()).orElseThrow(PresentationNotFoundException::new);
        ProgrammeFacts programme = course.programme(cohort.programmeId()).orElseThrow();
        boolean open = programme.scoringOpen();
        Integer code = p.getBlindCode() != null ? p.getBlindCode() : rules.giveCodes(p.getCohortId()).get(presentationId);
        PresentationScore mine = myScore(presentationId);
        List<PresentationViews.OtherScore> others = List.of();
        if (mine != null && mine.isSubmitted()) {
            others = em.createQuery("SELECT s FROM PresentationScore s WHERE s.presentationId = :p AND s.mentorId <> "
                            + ":me AND s.submittedAt IS NOT NULL ORDER BY s.submittedAt", PresentationScore.class)
                    .setParameter("p", presentationId).setParameter("me", caller.id()).getResultStream()
                    .map(s -> new PresentationViews.OtherScore(people.fullName(s.getMentorId()),
                            s.getTotalPercent(), s.getScores(), s.getComment())).toList();
        }
        String district = !open || p.getDistrictId() == null ? null
                : people.district(p.getDistrictId()).map(DistrictChoice::nameRu).orElse(null);
        List<PresentationViews.Criterion> criteria = rules.criteria(programme).stream()
                .map(c -> new PresentationViews.Criterion(c.code(), c.title(), c.weight(), c.levels()))
                .toList();
        // The slides keep their own name for the trainee and administrators; mentors get "<code>.<ext>" (PresentationFiles).
        String slidesName = p.getSlidesName() == null || open ? p.getSlidesName()
                : BlindCode.label(code) + "." + p.getSlidesType().extensions().getFirst();
        return new PresentationViews.ScoringSheet(presentationId, BlindCode.label(code),
                open ? people.fullName(p.getPersonId()) : null, district,
                open ? cohort.name() : null,
                p.getState(), p.plan(programme.finalWork()), null, slidesName, p.getSlidesSize(),
                programme.rubricScaleMax(), criteria, mine == null ? Map.of() : mine.getScores(),
                mine == null ? null : mine.getComment(), mine == null ? -1 : mine.getVersion(),
                mine != null && mine.isSubmitted(), mine == null ? null : mine.getTotalPercent(), others);
    }

    /** Keeps the scores given so far; criteria may still be empty. */
    public void save(long presentationId, long seenVersion, Map<String, Integer> scores, String comment) {
        write(presentationId, seenVersion, scores, comment, false);
    }

    /** Submits the caller's scores: every criterion scored. Final; the presentation's result is recomputed. */
    public void submit(long presentationId, long seenVersion, Map<String, Integer> scores, String comment) {
        write(presentationId, seenVersion, scores, comment, true);
    }

    private void write(long presentationId, long seenVersion, Map<String, Integer> scores, String comment,
            boolean submit) {
        Presentation p = allocated(presentationId);
        // The cohort's settings row first, the lock release takes too (issue #21): a score is either written
        // before the results are released, and counted in them, or refused after; never changed once released.
        boolean released = rules.lockSetup(p.getCohortId()).isReleased();
        if (submit) {
            // Two mentors submitting at the same moment: the presentation's row lock, taken before anything is
            // written, makes the second wait and then count both (taken later, the two would deadlock).
            em.refresh(p, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        }
        ProgrammeFacts programme = course.programmeOfCohort(p.getCohortId()).orElseThrow();
        if (p.getState() != PlanState.SUBMITTED) {
            throw new PresentationRefusedException("scoring.refused.notSubmitted");
        }
        if (released) {
            throw new PresentationRefusedException("scoring.refused.released");
        }
        // Every problem of the sheet at once, each at its field (issue #18): the comment and each criterion.
        List<RefusedException.Problem> problems = new java.util.ArrayList<>();
        if (comment != null && comment.length() > 5000) {
            problems.add(new RefusedException.Problem("comment", "scoring.refused.commentLong"));
        }
        if (submit && (comment == null || comment.isBlank())) {
            // The trainee reads these comments with the result: a bare number teaches nothing.
            problems.add(new RefusedException.Problem("comment", "scoring.refused.comment"));
        }
        int max = programme.rubricScaleMax();
        List<Criterion> criteria = rules.criteria(programme);
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            Integer value = scores.get(c.code());
            if (value != null && (value < 0 || value > max)) {
                problems.add(new RefusedException.Problem("criteria:" + i + ":level", "scoring.refused.range",
                        c.title(), max));
            } else if (value == null && submit) {
                problems.add(new RefusedException.Problem("criteria:" + i + ":level", "scoring.refused.missing",
                        c.title()));
            } else if (value != null) {
                kept.put(c.code(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new PresentationRefusedException("scoring.refused.fields", problems);
        }
        if (scores.keySet().stream().anyMatch(code -> criteria.stream().noneMatch(c -> c.code().equals(code)))) {
            throw new PresentationRefusedException("scoring.refused.unknownCriterion");
        }
        PresentationScore score = myScore(presentationId);
        if (score == null) {
            if (seenVersion != -1) {
                throw new PresentationRefusedException("scoring.refused.changed");
            }
            score = new PresentationScore(presentationId, caller.id());
            em.persist(score);
        } else if (score.isSubmitted()) {
            throw new PresentationRefusedException("scoring.refused.alreadySubmitted");
        } else if (score.getVersion() != seenVersion) {
            throw new PresentationRefusedException("scoring.refused.changed");
        }
        score.write(kept, comment);
        if (submit) {
            double total = ScoreAggregation.mentorTotal(rules.rubric(programme), kept);
            score.submit(total, Instant.now(SchoolClock.current()));
            flush();
            rules.recompute(p, programme);
            em.persist(new ScoreChange(presentationId, caller.id(), ScoreChange.Kind.SCORED,
                    kept + " = " + ScoreAggregation.oneDecimal(total) + " %"));
        }
        flush();
    }

    private Presentation allocated(long presentationId) {
        boolean mine = !em.createQuery("SELECT a.id FROM PresentationMentor a WHERE a.presentationId = :p AND "
                        + "a.mentorId = :me", Long.class).setParameter("p", presentationId).setParameter("me", caller.id())
                .setMaxResults(1).getResultList().isEmpty();
        Presentation p = mine ? em.find(Presentation.class, presentationId) : null;
        if (p == null || !scope.reaches(caller.hasRoleNamed(Role.INVITED_MENTOR_NAME), p.getCohortId())) { // an invited session: its cohort only
            throw new PresentationNotFoundException();
        }
        return p;
    }

    private PresentationScore myScore(long presentationId) {
        return em.createQuery("SELECT s FROM PresentationScore s WHERE s.presentationId = :p AND s.mentorId = :me",
                        PresentationScore.class).setParameter("p", presentationId).setParameter("me", caller.id())
                .getResultStream().findFirst().orElse(null);
    }

    private void flush() {
        rules.flushOrRefuse("scoring.refused.changed");
    }

}
