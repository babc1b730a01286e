package ru.ciss.lms.certificates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What stays the same in a certificate's Open Badges credential from one download to the next: its id, the
 * subject's id and the salted hash of the holder's e-mail when it was first made. Made on the first download.
 */
@Entity
@Table(name = "open_badge")
@NamedQuery(name = OpenBadge.BY_CREDENTIAL, query = "SELECT b FROM OpenBadge b WHERE b.credentialId = :id")
public class OpenBadge {

    public static final String BY_CREDENTIAL = "OpenBadge.byCredential";

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(name = "credential_id", updatable = false)
    private String credentialId;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(updatable = false)
    private String salt;

    @Column(name = "email_hash", updatable = false)
    private String emailHash;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected OpenBadge() {
    }

    public OpenBadge(long certificateId, String credentialId, String subjectId, String salt, String emailHash,
                     Instant createdAt) {
        this.certificateId = certificateId;
        this.credentialId = credentialId;
        this.subjectId = subjectId;
        this.salt = salt;
        this.emailHash = emailHash;
        this.createdAt = createdAt;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public String getCredentialId() {
        return credentialId;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getSalt() {
        return salt;
    }

    public String getEmailHash() {
        return emailHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
