package ru.ciss.lms.assignments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ciss.lms.assignments.SubmissionState;
import ru.ciss.lms.assignments.boundary.AssignmentViews.HomeRow;
import ru.ciss.lms.assignments.boundary.AssignmentViews.MyAssignment;
import ru.ciss.lms.assignments.entity.AssignmentDue;
import ru.ciss.lms.assignments.entity.FileRole;
import ru.ciss.lms.assignments.entity.Submission;
import ru.ciss.lms.assignments.entity.SubmissionFile;
import ru.ciss.lms.assignments.entity.SubmissionVersion;
import ru.ciss.lms.course.boundary.CohortViews;
import ru.ciss.lms.course.boundary.CourseFacts;
import ru.ciss.lms.course.boundary.CourseFacts.CohortRef;
import ru.ciss.lms.course.boundary.CourseFacts.ModuleFacts;
import ru.ciss.lms.files.FileNames;
import ru.ciss.lms.files.IncomingFile;
import ru.ciss.lms.files.boundary.FileRefusedException;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.boundary.Notices;
import ru.ciss.lms.people.boundary.Consents;
import ru.ciss.lms.people.boundary.PersonNames;
import ru.ciss.lms.platform.database.NativeRows;
import ru.ciss.lms.platform.rules.Flush;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;

/**
 * A trainee's own assignments: the draft with its files, submitting, and every earlier version with its reviews.
 * The trainee is always the caller: no method takes a person, so nobody reaches another trainee's answer. A module
 * outside the trainee's cohorts answers "not found".
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.TRAINEE_NAME)
public class Assignments {

    /** Enough for an answer of several documents and photos; more is a sign of a mistake. */
    static final int MAX_FILES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Consents consents;

    @Inject
    SubmissionHistory history;

    @Inject
    FileStore files;

    @Inject
    Notices notices;

    @Inject
    PublicAddress address;

    @Inject
    CourseFacts course;

    @Inject
    PersonNames people;

    /**
     * The caller's cohorts whose programme has this module (open or finished: a finished cohort's answers stay
     * readable), for the page to choose by its address; none when the module is not theirs.
     */
    public List<CohortViews.CohortChoice> cohortsWith(long moduleId) {
        ModuleFacts module = myModule(moduleId);
        return em.createQuery("SELECT c.id, c.name, p.title FROM Cohort c JOIN c.programme p WHERE p.id = :programme "
                        + "AND EXISTS (SELECT m FROM CohortMember m WHERE m.cohort = c AND m.personId = :me "
                        + "AND m.role = :role) AND c.status <> ru.ciss.lms.course.CohortStatus.ARCHIVED ORDER BY c.startsOn DESC, c.id DESC", Object[].class)
                .setParameter("programme", module.programmeId()).setParameter("me", caller.id())
                .setParameter("role", Role.TRAINEE).getResultStream()
                .map(r -> new CohortViews.CohortChoice((Long) r[0], (String) r[1], (String) r[2])).toList();
    }

    public MyAssignment mine(long cohortId, long moduleId) {
        ModuleFacts module = myModule(moduleId);
        CohortRef cohort = myCohort(cohortId, module);
        AssignmentDue due = due(cohort.id(), moduleId);
        Submission submission = find(cohort.id(), moduleId);
        SubmissionHistory.History past = submission == null ? new SubmissionHistory.History(List.of(), List.of(), 0)
                : history.of(submission.getId());
        Instant now = Instant.now(SchoolClock.current());
        return new MyAssignment(cohort.id(), moduleId, module.position(), module.title(), module.assignmentTitle(),
                module.assignmentMarkdown(), cohort.name(), due == null ? null : due.getDueAt(),
                due == null ? null : due.closesAt(), closed(cohort, due, now),
                submission == null ? null : submission.getState(), submission == null ? -1 : submission.getVersion(),
                submission == null ? null : submission.getDraftText(), past.draftFiles(), past.versions(),
                past.draftBytes());
    }

    /**
     * Saves the draft's text and adds files to it. All or nothing: one refused file refuses the whole request, so
     * the trainee never wonders which half was kept. {@code seenVersion} is what the page showed (-1 for none yet).
     */
    public void saveDraft(long cohortId, long moduleId, long seenVersion, String text, List<IncomingFile> incoming) {
        ModuleFacts module = myModule(moduleId);
        CohortRef cohort = myCohort(cohortId, module);
        refuseWhenClosed(cohort, due(cohort.id(), moduleId));
        Submission submission = editable(cohort.id(), moduleId, seenVersion);
        submission.writeDraft(text);
        if (!incoming.isEmpty()) {
            addFiles(submission, incoming);
        }
        flush();
    }

    public void removeDraftFile(long cohortId, long moduleId, long seenVersion, long fileId) {
        ModuleFacts module = myModule(moduleId);
        CohortRef cohort = myCohort(cohortId, module);
        Submission submission = editable(cohort.id(), moduleId, seenVersion);
        SubmissionFile file = em.find(SubmissionFile.class, fileId);
        if (file == null || file.getSubmissionId() != submission.getId() || file.getVersionId() != null) {
            throw new AssignmentNotFoundException();
        }
        em.remove(file);
        submission.writeDraft(submission.getDraftText()); // a new version: the other tab must reload
        flush();
    }

    /**
     * Writes what is on the screen into the draft and makes it the next version, in one transaction: the trainee's
     * "Submit" either leaves a submitted version with every file, or changes nothing, even when the server dies
     * half-way (the crash drill kills it there).
     */
    public int submit(long cohortId, long moduleId, long seenVersion, String text, List<IncomingFile> incoming) {
        ModuleFacts module = myModule(moduleId);
        CohortRef cohort = myCohort(cohortId, module);
        AssignmentDue due = due(cohort.id(), moduleId);
        refuseWhenClosed(cohort, due);
        Submission submission = editable(cohort.id(), moduleId, seenVersion);
        submission.writeDraft(text);
        if (!incoming.isEmpty()) {
            addFiles(submission, incoming);
        }
        flush();
        return submitDraft(module, cohort, due, submission);
    }

    /** Makes the draft the next version and tells the cohort's mentors. Late answers are taken and flagged. */
    private int submitDraft(ModuleFacts module, CohortRef cohort, AssignmentDue due, Submission submission) {
        List<SubmissionFile> draftFiles = draftFiles(submission.getId());
        if ((submission.getDraftText() == null || submission.getDraftText().isBlank()) && draftFiles.isEmpty()) {
            throw new AssignmentRefusedException("assignment.refused.empty");
        }
        Instant now = Instant.now(SchoolClock.current());
        SubmissionVersion version = submission.submit(now, due != null && due.isLate(now));
        em.persist(version);
        flush();
        draftFiles.forEach(f -> f.attachTo(version.getId()));
        String trainee = people.fullName(caller.id());
        for (long mentor : people.active(course.memberIds(cohort.id(), Role.MENTOR))) {
            notices.send(MailKind.SUBMISSION_RECEIVED, mentor, Map.of("trainee", trainee,
                    "module", module.label(),
                    "version", String.valueOf(version.getNumber()),
                    "link", address.of("/review/submission.xhtml?id=" + submission.getId()),
                    ru.ciss.lms.mail.MailText.PROGRAMME, cohort.programmeTitle()));
        }
        flush();
        return version.getNumber();
    }

    /** Each assignment of the trainee's open cohorts with its state and due date, for the home page; three queries. */
    public List<HomeRow> overview() {
        consents.requirePersonalDataConsent();
        long me = caller.id();
        // Native SQL: the trainee's home runs this on every visit, and EclipseLink would generate a column query's SQL
        // anew each time (see NativeRows).
        List<Object[]> modules = NativeRows.rows(em.createNativeQuery("SELECT c.id, m.id, m.position, m.title, c.name "
                        + "FROM cohort c JOIN course_module m ON m.programme_id = c.programme_id "
                        + "WHERE m.archived = FALSE AND c.status NOT IN ('FINISHED', 'ARCHIVED') AND EXISTS (SELECT 1 "
                        + "FROM cohort_member cm WHERE cm.cohort_id = c.id AND cm.person_id = ? AND cm.role = ?) "
                        + "ORDER BY c.starts_on DESC, c.id, m.position")
                .setParameter(1, me).setParameter(2, Role.TRAINEE.name()));
        if (modules.isEmpty()) {
            return List.of();
        }
        List<Long> cohorts = modules.stream().map(r -> NativeRows.asLong(r[0])).distinct().toList();
        Map<String, Instant> dues = new HashMap<>();
        jakarta.persistence.Query dueQuery = em.createNativeQuery("SELECT cohort_id, module_id, due_at "
                + "FROM assignment_due WHERE cohort_id IN (" + NativeRows.placeholders(cohorts) + ")");
        NativeRows.bind(dueQuery, 1, cohorts);
        NativeRows.rows(dueQuery).forEach(r -> dues.put(r[0] + ":" + r[1], NativeRows.asInstant(r[2])));
        Map<String, SubmissionState> states = new HashMap<>();
        NativeRows.rows(em.createNativeQuery("SELECT cohort_id, module_id, state FROM submission WHERE person_id = ?")
                        .setParameter(1, me))
                .forEach(r -> states.put(r[0] + ":" + r[1], NativeRows.asEnum(SubmissionState.class, r[2])));
        return modules.stream().map(r -> new HomeRow(NativeRows.asLong(r[0]), (String) r[4], NativeRows.asLong(r[1]),
                NativeRows.asInt(r[2]), (String) r[3], states.get(r[0] + ":" + r[1]), dues.get(r[0] + ":" + r[1]))).toList();
    }

    private void addFiles(Submission submission, List<IncomingFile> incoming) {
        List<SubmissionFile> existing = draftFiles(submission.getId());
        if (existing.size() + incoming.size() > MAX_FILES) {
            throw new AssignmentRefusedException("assignment.refused.tooManyFiles", MAX_FILES);
        }
        for (IncomingFile file : incoming) {
            if (file.size() > files.maxFileBytes()) {
                throw new FileRefusedException("files.refused.TOO_LARGE", FileNames.sanitise(file.name()),
                        files.maxFileMb());
            }
        }
        long total = existing.stream().mapToLong(SubmissionFile::getSize).sum();
        // Refused before anything is read when the sizes the browser declared already say so.
        long declared = total + incoming.stream().mapToLong(IncomingFile::size).sum();
        if (declared > files.maxSubmissionBytes()) {
            throw new AssignmentRefusedException("assignment.refused.tooLargeTotal", files.maxSubmissionMb());
        }
        for (IncomingFile file : incoming) {
            FileStore.Upload upload;
            try (InputStream in = file.open()) {
                upload = files.accept(in, file.name(), files.allowed());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            total += upload.stored().size();
            if (total > files.maxSubmissionBytes()) {
                throw new AssignmentRefusedException("assignment.refused.tooLargeTotal", files.maxSubmissionMb());
            }
            em.persist(new SubmissionFile(submission.getId(), null, FileRole.ANSWER, upload.stored(), upload.name(),
                    upload.type(), caller.id()));
        }
    }

    private Submission editable(long cohortId, long moduleId, long seenVersion) {
        Submission submission = find(cohortId, moduleId);
        if (submission == null) {
            if (seenVersion != -1) {
                throw new AssignmentRefusedException("assignment.refused.changed");
            }
            // Two tabs saving a first draft at once: the unique key keeps one row, and both requests use it.
            em.createNativeQuery("INSERT IGNORE INTO submission (cohort_id, module_id, person_id, state, versions, late, "
                            + "updated_at, version) VALUES (?, ?, ?, 'DRAFT', 0, FALSE, ?, 0)")
                    .setParameter(1, cohortId).setParameter(2, moduleId).setParameter(3, caller.id())
                    .setParameter(4, java.sql.Timestamp.from(Instant.now(SchoolClock.current()))).executeUpdate();
            submission = find(cohortId, moduleId);
            checkEditable(submission, submission.getVersion());
            return submission;
        }
        checkEditable(submission, seenVersion);
        return submission;
    }

    private static void checkEditable(Submission submission, long seenVersion) {
        if (!submission.isEditable()) {
            throw new AssignmentRefusedException(submission.getState() == SubmissionState.ACCEPTED
                    ? "assignment.refused.accepted" : "assignment.refused.inReview");
        }
        if (submission.getVersion() != seenVersion) {
            throw new AssignmentRefusedException("assignment.refused.changed");
        }
    }

    private void refuseWhenClosed(CohortRef cohort, AssignmentDue due) {
        if (!cohort.openForStudy()) {
            throw new AssignmentRefusedException("assignment.refused.cohortFinished");
        }
        if (due != null && due.isClosed(Instant.now(SchoolClock.current()))) {
            throw new AssignmentRefusedException("assignment.refused.closed");
        }
    }

    private static boolean closed(CohortRef cohort, AssignmentDue due, Instant now) {
        return !cohort.openForStudy() || (due != null && due.isClosed(now));
    }

    /** A concurrent change (the other tab) surfaces here as a message, not at commit as a server error. */
    private void flush() {
        Flush.orRefuse(em, () -> new AssignmentRefusedException("assignment.refused.changed"));
    }

    private List<SubmissionFile> draftFiles(long submissionId) {
        return em.createQuery("SELECT f FROM SubmissionFile f WHERE f.submissionId = :s AND f.versionId IS NULL "
                + "AND f.role = :answer", SubmissionFile.class).setParameter("s", submissionId)
                .setParameter("answer", FileRole.ANSWER).getResultList();
    }

    private Submission find(long cohortId, long moduleId) {
        return em.createQuery("SELECT s FROM Submission s WHERE s.cohortId = :c AND s.moduleId = :m AND s.personId = :me",
                        Submission.class).setParameter("c", cohortId).setParameter("m", moduleId)
                .setParameter("me", caller.id()).getResultStream().findFirst().orElse(null);
    }

    private AssignmentDue due(long cohortId, long moduleId) {
        return em.createQuery("SELECT d FROM AssignmentDue d WHERE d.cohortId = :c AND d.moduleId = :m",
                        AssignmentDue.class).setParameter("c", cohortId).setParameter("m", moduleId)
                .getResultStream().findFirst().orElse(null);
    }

    private ModuleFacts myModule(long moduleId) {
        consents.requirePersonalDataConsent();
        return course.module(moduleId).filter(m -> !m.archived()).orElseThrow(AssignmentNotFoundException::new);
    }

    /**
     * The named cohort, when the caller is its trainee and it runs the module's programme; otherwise "not found", so
     * an id in the address reaches only the caller's own work (issue #19: never «the newest» cohort).
     */
    private CohortRef myCohort(long cohortId, ModuleFacts module) {
        return course.cohortOf(cohortId, caller.id(), Role.TRAINEE).filter(c -> c.programmeId() == module.programmeId())
                .orElseThrow(AssignmentNotFoundException::new);
    }

}
