package ru.ciss.lms.outcomes.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.files.StoredRef;
import ru.ciss.lms.files.boundary.FileStore;
import ru.ciss.lms.outcomes.OutcomeRefusedException;
import ru.ciss.lms.outcomes.entity.Outcome;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;

/**
 * Who may download an outcome's evidence: the graduate it belongs to and administrators. Evidence often carries
 * registration documents with personal data, so nobody else; a stranger's file "does not exist".
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({Role.TRAINEE_NAME, Role.MENTOR_NAME, Role.ADMINISTRATOR_NAME, Role.INVITED_MENTOR_NAME})
public class OutcomeFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    FileStore store;

    public record Evidence(StoredRef stored, String name, FileType type) {
    }

    public Evidence evidence(long outcomeId) {
        Outcome o = em.find(Outcome.class, outcomeId);
        if (o == null || o.getEvidenceFileId() == null || !mayRead(o)) {
            throw new OutcomeRefusedException("outcomes.notFound");
        }
        return new Evidence(store.stored(o.getEvidenceFileId())
                .orElseThrow(() -> new OutcomeRefusedException("outcomes.notFound")), o.getEvidenceName(), o.getEvidenceType());
    }

    private boolean mayRead(Outcome o) {
        if (o.getPersonId() == caller.id()) {
            return true;
        }
        // A mentor's scoring-only session never carries an administrator's rights.
        return caller.hasRole(Role.ADMINISTRATOR) && !caller.hasRoleNamed(Role.INVITED_MENTOR_NAME);
    }
}
