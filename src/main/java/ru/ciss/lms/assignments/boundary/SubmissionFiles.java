package ru.ciss.lms.assignments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.assignments.entity.Submission;
import ru.ciss.lms.assignments.entity.SubmissionFile;
import ru.ciss.lms.platform.security.CohortAccess;
import ru.ciss.lms.people.boundary.Consents;
import ru.ciss.lms.platform.security.Role;

/**
 * Who may download a submission's file: its trainee (their draft too), and the reviewers of its cohort once it was
 * submitted. Everyone else, and every unknown id, gets "not found": guessing ids or hashes reveals nothing.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME})
public class SubmissionFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    CohortAccess access;

    @Inject
    Consents consents;

    public SubmissionFile visible(long fileId) {
        SubmissionFile file = em.find(SubmissionFile.class, fileId);
        if (file == null) {
            throw new AssignmentNotFoundException();
        }
        Submission submission = em.find(Submission.class, file.getSubmissionId());
        long me = caller.id();
        if (submission.getPersonId() == me) {
            consents.requirePersonalDataConsent();
            return file;
        }
        if (file.getVersionId() != null && access.mayMark(submission.getCohortId())) {
            return file;
        }
        throw new AssignmentNotFoundException();
    }
}
