package ru.ciss.lms.certificates.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import ru.ciss.lms.certificates.control.HolderName;
import ru.ciss.lms.certificates.control.RegisterNumber;
import ru.ciss.lms.certificates.entity.Certificate;
import ru.ciss.lms.people.boundary.ConsentRecords;
import ru.ciss.lms.people.ConsentKind;
import ru.ciss.lms.certificates.CertificateStatus;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Public verification, without signing in: by register number, or by the SHA-256 of a PDF someone holds. Read
 * only; a malformed number is answered as unknown without a query. Rate limits are the web layer's.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@PermitAll
public class Verification {

    @PersistenceContext
    EntityManager em;

    @Inject
    ConsentRecords consents;

    public Optional<VerifiedCertificate> byNumber(String number) {
        if (!RegisterNumber.isWellFormed(number)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Certificate.BY_NUMBER, Certificate.class).setParameter("number", number.strip())
                .getResultStream().findFirst().map(this::view);
    }

    /** The certificate with this id, whatever its number looks like (a credential names it by id). */
    public Optional<VerifiedCertificate> byId(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id)).map(this::view);
    }

    /** The certificate whose issued PDF has exactly this SHA-256 (lower-case hex). */
    public Optional<VerifiedCertificate> byHash(String sha256) {
        if (sha256 == null || !sha256.matches("^[0-9a-f]{64}$")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Certificate.BY_HASH, Certificate.class).setParameter("sha", sha256)
                .setMaxResults(1).getResultStream().findFirst().map(this::view);
    }

    private VerifiedCertificate view(Certificate c) {
        boolean published = consents.inForce(c.getPersonId(), ConsentKind.PUBLISH_NAME);
        LocalDate changed = c.getStatusChangedAt() == null ? null
                : c.getStatusChangedAt().atZone(SchoolClock.ZONE).toLocalDate();
        Certificate replacement = c.getReplacedById() == null ? null : em.find(Certificate.class, c.getReplacedById());
        return new VerifiedCertificate(c.getNumber(), published ? c.getHolderName() : HolderName.initials(c.getHolderName()),
                !published, c.getProgrammeTitle(), c.getAcademicHours(), c.getCohortStartsOn(), c.getCohortEndsOn(),
                c.getIssuedOn(), c.getSignatoryName() + ", " + c.getSignatoryPosition(), c.getStatus(), changed,
                // Only a revocation's public note is public: its internal note and a reissue's reason may be personal.
                // Revocations from before the notes were split show no reason (theirs was moved to the internal note).
                c.getStatus() == CertificateStatus.REVOKED ? c.getPublicNote() : null,
                replacement == null ? null : replacement.getNumber(),
                replacement != null && replacement.getStatus() == CertificateStatus.VALID, c.getPdfSha256());
    }
}
