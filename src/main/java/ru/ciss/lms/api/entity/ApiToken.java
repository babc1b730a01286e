package ru.ciss.lms.api.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import ru.ciss.lms.platform.security.SecretToken;
import ru.ciss.lms.platform.security.SecretTokens;

/**
 * An administrator's personal token for the REST API: the secret is shown once when made; the row keeps its hash,
 * what it may do, until when, and when it was last used (so an administrator sees a forgotten token and revokes it).
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends SecretToken {

    /** What a token may do: READ only reads (GET), WRITE also changes. */
    public enum Scope {
        READ, WRITE
    }

    /** Last use is written at most this often: a busy integration must not write a row on every request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Column(updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Scope scope;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private int version;

    protected ApiToken() {
    }

    public ApiToken(long personId, String name, Scope scope, Instant expiresAt, SecretTokens.Issued secret) {
        super(secret);
        this.personId = personId;
        this.name = name;
        this.scope = scope;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Whether a use now is worth writing down: at most once a minute (see the identity store). */
    public boolean lastUseIsOld(Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(LAST_USED_PRECISION).isAfter(now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public long getPersonId() {
        return personId;
    }

    public String getName() {
        return name;
    }

    public Scope getScope() {
        return scope;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public int getVersion() {
        return version;
    }
}
