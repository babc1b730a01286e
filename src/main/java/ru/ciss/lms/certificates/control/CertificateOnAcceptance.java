package ru.ciss.lms.certificates.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ciss.lms.assignments.boundary.AcceptanceUse;
import ru.ciss.lms.certificates.CertificateStatus;

/**
 * A valid certificate of the cohort was issued on the trainee's accepted answers: those acceptances stand (revoke the
 * certificate first). Runs in the reviewer's transaction; the reviews boundary has already checked the caller.
 */
@ApplicationScoped
public class CertificateOnAcceptance implements AcceptanceUse {

    @PersistenceContext
    EntityManager em;

    @Override
    public String whyAcceptanceStands(long cohortId, long personId) {
        boolean issued = !em.createQuery("SELECT c.id FROM Certificate c WHERE c.cohortId = :c AND c.personId = :p "
                        + "AND c.status = :valid", Long.class).setParameter("c", cohortId).setParameter("p", personId)
                .setParameter("valid", CertificateStatus.VALID).setMaxResults(1).getResultList().isEmpty();
        return issued ? "review.refused.certificateIssued" : null;
    }
}
