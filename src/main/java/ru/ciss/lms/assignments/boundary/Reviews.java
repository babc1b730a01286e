package ru.ciss.lms.assignments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.assignments.SubmissionState;
import ru.ciss.lms.assignments.boundary.AssignmentViews.QueueRow;
import ru.ciss.lms.assignments.boundary.AssignmentViews.ReviewCase;
import ru.ciss.lms.assignments.entity.AssignmentDue;
import ru.ciss.lms.assignments.entity.Decision;
import ru.ciss.lms.assignments.entity.DecisionWithdrawal;
import ru.ciss.lms.assignments.entity.FileRole;
import ru.ciss.lms.assignments.entity.Submission;
import ru.ciss.lms.assignments.entity.SubmissionFile;
import ru.ciss.lms.assignments.entity.SubmissionVersion;
import ru.ciss.lms.course.CohortStatus;
import ru.ciss.lms.drafts.boundary.TypedDrafts;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.course.boundary.CourseFacts.ModuleFacts;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.boundary.Notices;
import ru.ciss.lms.people.FullName;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.people.boundary.PersonNames.PersonCard;
import ru.ciss.lms.platform.database.NativeRows;
import ru.ciss.lms.platform.rules.Flush;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.CohortAccess;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;
import ru.ciss.lms.platform.web.Texts;

/**
 * The reviewers' side: the queue, one submission with all its versions, and the decision. Administrators review
 * everything; a mentor only the cohorts they mentor, and anything else answers "not found". Drafts are never shown.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
public class Reviews {

    static final int MAX_SCORE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    TypedDrafts drafts;

    /** What other features built on accepted answers (a certificate): such an acceptance is not taken back. */
    @Inject
    @Any
    Instance<AcceptanceUse> acceptanceUses;

    @Inject
    CohortAccess access;

    @Inject
    CourseFacts course;

    @Inject
    PersonNames people;

    @Inject
    SubmissionHistory history;

    @Inject
    FileStore files;

    @Inject
    Notices notices;

    @Inject
    PublicAddress address;

    /** A page of the queue and how many answers the filter finds in all, in one call (one transaction). */
    public ru.ciss.lms.platform.database.CountedRows<QueueRow> queue(ReviewFilter filter, int first, int size) {
        return new ru.ciss.lms.platform.database.CountedRows<>(count(filter), page(filter, first, size));
    }

    public long count(ReviewFilter filter) {
        return NativeRows.asLong(query("SELECT COUNT(*)", filter, "").getSingleResult());
    }

    /** One page of the queue, oldest submission first: who waits longest is reviewed first. */
    public List<QueueRow> page(ReviewFilter filter, int first, int size) {
        Query q = query("SELECT s.id, p.surname, p.given_name, p.patronymic, d.name_ru, c.name, m.position, m.title, "
                + "s.versions, s.submitted_at, s.late, s.state", filter, " ORDER BY s.submitted_at, s.id LIMIT ? OFFSET ?",
                Math.clamp(size, 1, 100), Math.max(0, first));
        return NativeRows.rows(q).stream()
                .map(r -> new QueueRow(NativeRows.asLong(r[0]), FullName.of((String) r[1], (String) r[2], (String) r[3]),
                        (String) r[4], (String) r[5], NativeRows.asInt(r[6]), (String) r[7], NativeRows.asInt(r[8]),
                        NativeRows.asInstant(r[9]), NativeRows.asBoolean(r[10]),
                        NativeRows.asEnum(SubmissionState.class, r[11]))).toList();
    }

    /**
     * A cohort's answers in the order they were started, after {@code afterId} (a stable cursor), of one state or
     * module if given: one query, the latest decision by a subquery. Administrators only (the REST API).
     */
    @RolesAllowed(Role.ADMINISTRATOR_NAME)
    public List<AssignmentViews.SubmissionFacts> facts(long cohortId, Long afterId, int limit, SubmissionState state,
                                                      Long moduleId) {
        TypedQuery<AssignmentViews.SubmissionFacts> q = em.createQuery("SELECT NEW "
                        + "ru.ciss.lms.assignments.boundary.AssignmentViews$SubmissionFacts(s.id, s.moduleId, m.title, "
                        + "s.personId, s.state, s.versions, s.submittedAt, s.late, s.score, "
                        + "(SELECT MAX(v.decidedAt) FROM SubmissionVersion v WHERE v.submissionId = s.id), s.version) "
                        + "FROM Submission s, CourseModule m WHERE m.id = s.moduleId AND s.cohortId = :cohort "
                        + "AND s.id > :after" + (state == null ? "" : " AND s.state = :state")
                        + (moduleId == null ? "" : " AND s.moduleId = :module") + " ORDER BY s.id",
                AssignmentViews.SubmissionFacts.class)
                .setParameter("cohort", cohortId).setParameter("after", afterId == null ? 0L : afterId)
                .setMaxResults(limit);
        if (state != null) {
            q.setParameter("state", state);
        }
        if (moduleId != null) {
            q.setParameter("module", moduleId);
        }
        return q.getResultList();
    }

    /** The modules a reviewer can filter by: those of the cohorts they review. */
    public List<Object[]> modules() {
        String mine = caller.isAdministrator() ? "" : " AND EXISTS (SELECT 1 FROM cohort_member cm JOIN cohort c "
                + "ON c.id = cm.cohort_id WHERE c.programme_id = m.programme_id AND cm.person_id = ? AND cm.role = ?)";
        Query q = em.createNativeQuery("SELECT m.id, m.position, m.title, g.title FROM course_module m "
                + "JOIN programme g ON g.id = m.programme_id WHERE m.archived = FALSE" + mine
                + " ORDER BY g.title, m.position");
        if (!mine.isEmpty()) {
            q.setParameter(1, caller.id()).setParameter(2, Role.MENTOR.name());
        }
        return NativeRows.rows(q).stream().map(r -> new Object[] {NativeRows.asLong(r[0]), NativeRows.asInt(r[1]), r[2],
                r[3]}).toList();
    }

    public ReviewCase open(long submissionId) {
        Submission s = reviewable(submissionId);
        PersonCard trainee = people.card(s.getPersonId()).orElseThrow(AssignmentNotFoundException::new);
        String cohort = course.cohort(s.getCohortId()).map(CourseFacts.CohortRef::name).orElse("");
        ModuleFacts module = course.module(s.getModuleId()).orElseThrow(AssignmentNotFoundException::new);
        AssignmentDue due = em.createQuery("SELECT d FROM AssignmentDue d WHERE d.cohortId = :c AND d.moduleId = :m",
                        AssignmentDue.class).setParameter("c", s.getCohortId()).setParameter("m", s.getModuleId())
                .getResultStream().findFirst().orElse(null);
        List<AssignmentViews.VersionView> versions = history.of(s.getId()).versions();
        return new ReviewCase(s.getId(), s.getVersion(), trainee.fullName(), trainee.districtName(),
                trainee.organisationName(), cohort, module.label(), module.assignmentTitle(),
                due == null ? null : due.getDueAt(), s.getState(), versions,
                module.assignmentRubric() ? rubric(module) : List.of(), withdrawal(s, latestVersion(s)) == null,
                withdrawals(s.getId()));
    }

    /**
     * Why the caller may not take back the decision on the latest version (a message key), or null when they may:
     * a decision is there, it is theirs (or they administer), the cohort runs, and a return is not being revised.
     */
    private String withdrawal(Submission s, SubmissionVersion version) {
        if (s.getState() != SubmissionState.ACCEPTED && s.getState() != SubmissionState.RETURNED
                || version.getDecision() == null) {
            return "review.refused.nothingToWithdraw";
        }
        if (!caller.isAdministrator() && !Long.valueOf(caller.id()).equals(version.getDecidedBy())) {
            return "review.refused.notYourDecision";
        }
        if (course.cohort(s.getCohortId()).map(c -> c.status() == CohortStatus.FINISHED
                || c.status() == CohortStatus.ARCHIVED).orElse(true)) {
            return "review.refused.cohortFinished";
        }
        if (s.getState() == SubmissionState.ACCEPTED) {
            for (AcceptanceUse use : acceptanceUses) {
                String why = use.whyAcceptanceStands(s.getCohortId(), s.getPersonId());
                if (why != null) {
                    return why;
                }
            }
        }
        if (s.getState() == SubmissionState.RETURNED && (s.changedSince(version.getDecidedAt())
                || drafts.exists(s.getPersonId(), answerDraftKey(s)))) {
            return "review.refused.traineeRevising";
        }
        return null;
    }

    /** The key under which the answer page keeps its typed text (study/assignment.xhtml's data-draft). */
    private static String answerDraftKey(Submission s) {
        return "assignment:cohort=" + s.getCohortId() + ":module=" + s.getModuleId() + ":version=" + s.getVersion();
    }

    private SubmissionVersion latestVersion(Submission s) {
        return version(s.getId(), s.getVersions());
    }

    private SubmissionVersion version(long submissionId, int number) {
        return em.createQuery("SELECT v FROM SubmissionVersion v WHERE v.submissionId = :s AND v.number = :n",
                SubmissionVersion.class).setParameter("s", submissionId).setParameter("n", number).getSingleResult();
    }

    /** The rubric of the module's programme, criterion by criterion with its levels from 0 up. */
    private List<AssignmentViews.RubricGuide> rubric(ModuleFacts module) {
        return course.rubric(module.programmeId()).stream()
                .map(c -> new AssignmentViews.RubricGuide(c.title(), c.weight(), c.levels())).toList();
    }

    /**
     * Decides on version {@code versionNumber}, the one the reviewer read. When the trainee has meanwhile submitted
     * another, or someone else decided first, the decision is refused and nothing is saved: the reviewer rereads.
     */
    public void decide(long submissionId, int versionNumber, long seenVersion, Decision decision, String comment,
                       Integer score, IncomingFile feedback) {
        Submission s = reviewable(submissionId);
        if (s.getVersions() != versionNumber) {
            throw new AssignmentRefusedException("review.refused.replaced", s.getVersions());
        }
        if (s.getState() != SubmissionState.SUBMITTED || s.getVersion() != seenVersion) {
            // Waiting for review again on a page opened before: someone decided and took the decision back meanwhile.
            boolean takenBack = s.getState() == SubmissionState.SUBMITTED && em.createQuery("SELECT COUNT(w) FROM "
                    + "DecisionWithdrawal w WHERE w.versionId = :v", Long.class)
                    .setParameter("v", version(submissionId, versionNumber).getId()).getSingleResult() > 0;
            throw new AssignmentRefusedException(takenBack ? "review.refused.decidedAndTakenBack" : "review.refused.decided");
        }
        if (decision == null) {
            throw new AssignmentRefusedException("review.refused.noDecision");
        }
        if (decision == Decision.RETURNED && (comment == null || comment.isBlank())) {
            throw new AssignmentRefusedException("review.refused.commentRequired");
        }
        if (score != null && (score < 0 || score > MAX_SCORE)) {
            throw new AssignmentRefusedException("review.refused.score", MAX_SCORE);
        }
        if (comment != null && comment.length() > 10_000) {
            throw new AssignmentRefusedException("review.refused.commentTooLong", 10_000);
        }
        SubmissionVersion version = version(submissionId, versionNumber);
        Instant now = Instant.now(SchoolClock.current());
        version.decide(decision, caller.id(), comment, score, now);
        s.decide(decision, score, version.getAnswerText(), now);
        if (feedback != null) {
            FileStore.Upload upload;
            try (InputStream in = feedback.open()) {
                upload = files.accept(in, feedback.name(), files.allowed());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            em.persist(new SubmissionFile(s.getId(), version.getId(), FileRole.FEEDBACK, upload.stored(),
                    upload.name(), upload.type(), caller.id()));
        }
        if (decision == Decision.RETURNED) {
            // The next draft starts from the returned answer, so the trainee revises instead of starting over.
            em.createQuery("SELECT f FROM SubmissionFile f WHERE f.versionId = :v AND f.role = :answer",
                            SubmissionFile.class).setParameter("v", version.getId())
                    .setParameter("answer", FileRole.ANSWER).getResultList()
                    .forEach(f -> em.persist(f.copyIntoDraft()));
        }
        Flush.orRefuse(em, () -> new AssignmentRefusedException("review.refused.decided"));
        tellTrainee(s, decision, comment);
    }

    /**
     * Takes back the decision on the latest version (a wrong button, a score typed for someone else): the version
     * waits for review again and the decision is kept as a {@link DecisionWithdrawal}. Only its reviewer or an
     * administrator may, while the cohort is not finished (its results may have gone into certificates), and a return
     * only while the trainee has not started revising: their changes would be locked away. The trainee is told.
     */
    public void withdraw(long submissionId, long seenVersion) {
        Submission s = reviewable(submissionId);
        SubmissionVersion version = latestVersion(s);
        String refusal = withdrawal(s, version);
        if (refusal != null) {
            throw new AssignmentRefusedException(refusal);
        }
        if (s.getVersion() != seenVersion) {
            throw new AssignmentRefusedException("review.refused.changed");
        }
        Decision taken = version.getDecision();
        Instant now = Instant.now(SchoolClock.current());
        em.persist(DecisionWithdrawal.of(version, caller.id(), now));
        // The reviewer's feedback files go with the decision; a return's copies of the answer leave the draft.
        em.createQuery("SELECT f FROM SubmissionFile f WHERE (f.versionId = :v AND f.role = :feedback) "
                        + "OR (f.submissionId = :s AND f.versionId IS NULL)", SubmissionFile.class)
                .setParameter("v", version.getId()).setParameter("feedback", FileRole.FEEDBACK)
                .setParameter("s", submissionId).getResultList().forEach(em::remove);
        version.withdrawDecision();
        s.withdrawDecision(now);
        Flush.orRefuse(em, () -> new AssignmentRefusedException("review.refused.changed"));
        PersonCard trainee = people.card(s.getPersonId()).orElseThrow(AssignmentNotFoundException::new);
        Map<String, String> values = mailValues(s);
        values.put("decision", Texts.get(trainee.locale(), "assignment.decision." + taken));
        notices.send(MailKind.DECISION_WITHDRAWN, trainee.id(), values);
    }

    /** What every e-mail about a reviewed answer names: the module, the reviewer, the answer's page, the programme. */
    private Map<String, String> mailValues(Submission s) {
        ModuleFacts module = course.module(s.getModuleId()).orElseThrow(AssignmentNotFoundException::new);
        Map<String, String> values = new HashMap<>();
        values.put("module", module.label());
        values.put("reviewer", people.fullName(caller.id()));
        values.put("link", address.of("/study/assignment.xhtml?cohort=" + s.getCohortId() + "&module=" + module.id()));
        values.put(ru.ciss.lms.mail.MailText.PROGRAMME, notices.programmeOf(s.getCohortId()));
        return values;
    }

    /** The decisions taken back on a submission's versions, newest first, for its history. */
    private List<AssignmentViews.Withdrawal> withdrawals(long submissionId) {
        return em.createQuery("SELECT w FROM DecisionWithdrawal w, SubmissionVersion v WHERE v.id = w.versionId "
                        + "AND v.submissionId = :s ORDER BY w.withdrawnAt DESC", DecisionWithdrawal.class)
                .setParameter("s", submissionId).getResultList().stream()
                .map(w -> new AssignmentViews.Withdrawal(w.getDecision(), w.getDecidedAt(),
                        w.getDecidedBy() == null ? "—" : people.fullName(w.getDecidedBy()),
                        people.fullName(w.getWithdrawnBy()), w.getWithdrawnAt())).toList();
    }

    private void tellTrainee(Submission s, Decision decision, String comment) {
        PersonCard trainee = people.card(s.getPersonId()).orElseThrow(AssignmentNotFoundException::new);
        Map<String, String> values = mailValues(s);
        values.put("comment", comment == null || comment.isBlank() ? "—" : comment.strip());
        if (decision == Decision.RETURNED) {
            notices.send(MailKind.RETURNED_FOR_REVISION, trainee.id(), values);
        } else {
            values.put("decision", Texts.get(trainee.locale(), "assignment.decision." + decision));
            notices.send(MailKind.FEEDBACK_GIVEN, trainee.id(), values);
        }
    }

    private Submission reviewable(long submissionId) {
        Submission s = em.find(Submission.class, submissionId);
        if (s == null || s.getVersions() == 0 || !access.mayMark(s.getCohortId())) {
            throw new AssignmentNotFoundException();
        }
        return s;
    }

    /**
     * The queue's statement over the caller's cohorts and the filter, its values bound in order and then {@code after}
     * (the page's limit and offset).
     * Native SQL, as the queue is a mentor's page read again and again: EclipseLink would generate a JPQL column
     * query's SQL anew at each execution (see NativeRows).
     */
    private Query query(String select, ReviewFilter filter, String order, Object... after) {
        StringBuilder sql = new StringBuilder(select).append(" FROM submission s JOIN person p ON p.id = s.person_id ")
                .append("LEFT JOIN district d ON d.id = p.district_id JOIN cohort c ON c.id = s.cohort_id ")
                .append("JOIN course_module m ON m.id = s.module_id WHERE s.versions > 0");
        List<Object> values = new ArrayList<>();
        if (!caller.isAdministrator()) {
            sql.append(" AND EXISTS (SELECT 1 FROM cohort_member cm WHERE cm.cohort_id = s.cohort_id ")
                    .append("AND cm.person_id = ? AND cm.role = ?)");
            values.addAll(List.of(caller.id(), Role.MENTOR.name()));
        }
        if (filter.moduleId() != null) {
            sql.append(" AND s.module_id = ?");
            values.add(filter.moduleId());
        }
        if (filter.districtId() != null) {
            sql.append(" AND p.district_id = ?");
            values.add(filter.districtId());
        }
        if (filter.state() != null) {
            sql.append(" AND s.state = ?");
            values.add(filter.state().name());
        }
        values.addAll(List.of(after));
        Query q = em.createNativeQuery(sql.append(order).toString());
        NativeRows.bind(q, 1, values);
        return q;
    }

}
