package ru.ciss.lms.presentations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ciss.lms.platform.security.SecretToken;
import ru.ciss.lms.platform.security.SecretTokens;

/** A personal link that lets one mentor into their scoring queue without a password, until it expires or is revoked. */
@Entity
@Table(name = "mentor_invitation")
public class MentorInvitation extends SecretToken {


    @Column(name = "mentor_id", updatable = false)
    private long mentorId;

    @Column(name = "cohort_id", updatable = false)
    private long cohortId;

    @Column(name = "created_by", updatable = false)
    private long createdBy;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected MentorInvitation() {
    }

    public MentorInvitation(long mentorId, long cohortId, SecretTokens.Issued secret, long createdBy,
            Instant expiresAt) {
        super(secret);
        this.mentorId = mentorId;
        this.cohortId = cohortId;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public void used(Instant at) {
        usedAt = at;
    }

    public long getMentorId() {
        return mentorId;
    }

    public long getCohortId() {
        return cohortId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
