package ru.ciss.lms.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal calendar subscription: a secret address that phone and desktop calendars poll without signing in.
 * Only the secret's SHA-256 is kept; revoking makes the address answer 404 from then on.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Column(name = "token_hash", updatable = false)
    private String tokenHash;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long personId, String tokenHash) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
