package ru.ciss.lms.presentations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal link that lets one mentor into their scoring queue without a password, until it expires or is revoked. */
@Entity
@Table(name = "mentor_invitation")
public class MentorInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id", updatable = false)
    private long mentorId;

    @Column(name = "cohort_id", updatable = false)
    private long cohortId;

    @Column(name = "token_hash", updatable = false)
    private String tokenHash;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

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

    public MentorInvitation(long mentorId, long cohortId, String tokenHash, long createdBy, Instant expiresAt) {
        this.mentorId = mentorId;
        this.cohortId = cohortId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
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

    public Long getId() {
        return id;
    }

    public long getMentorId() {
        return mentorId;
    }

    public long getCohortId() {
        return cohortId;
    }

    public Instant getCreatedAt() {
        return createdAt;
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
