package ru.ciss.lms.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * What every secret given in an address has (an activation link, a calendar feed, a mentor's invitation): its row,
 * the SHA-256 of the secret (never the secret itself, so a copy of the database opens nothing) and when it was made.
 * Each kind adds how it ends: used, revoked, expired. Made and found through {@link SecretTokens}.
 */
@MappedSuperclass
public abstract class SecretToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", updatable = false)
    private String tokenHash;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected SecretToken() {
    }

    protected SecretToken(SecretTokens.Issued issued) {
        this.tokenHash = issued.hash();
        this.createdAt = Instant.now(SchoolClock.current());
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
