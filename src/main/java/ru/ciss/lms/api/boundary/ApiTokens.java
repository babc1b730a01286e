package ru.ciss.lms.api.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.ciss.lms.api.entity.ApiToken;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * An administrator's own API tokens: made (the secret shown once), listed, revoked. Each administrator sees and
 * revokes only their own; a token dies with its owner's administrator role anyway (see the identity store).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class ApiTokens {

    /** The longest a token may live: a forgotten integration must not keep a key for ever. */
    public static final int MAX_DAYS = 366;
    public static final int MAX_NAME = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    /** A new token; {@code secret} is shown once and kept nowhere. */
    public record Issued(long id, String secret) {
        @Override
        public String toString() {
            return "Issued[" + id + ", secret hidden]";
        }
    }

    /** A token as its owner sees it in the list. */
    public record TokenRow(long id, String name, ApiToken.Scope scope, Instant createdAt, Instant expiresAt,
                           Instant lastUsedAt, Instant revokedAt, int version) implements Serializable {
        public boolean active(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    /**
     * @param validUntil the last day the token works (in the school's zone), from today to a year ahead
     * @throws ApiTokenException with a message key when the name or the date is wrong
     */
    public Issued issue(String name, ApiToken.Scope scope, LocalDate validUntil) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new ApiTokenException("api.tokens.invalid.name");
        }
        LocalDate today = LocalDate.now(SchoolClock.current());
        if (validUntil == null || validUntil.isBefore(today) || validUntil.isAfter(today.plusDays(MAX_DAYS))) {
            throw new ApiTokenException("api.tokens.invalid.validUntil");
        }
        SecretTokens.Issued secret = SecretTokens.issue(32);
        ApiToken token = new ApiToken(caller.id(), clean, scope == null ? ApiToken.Scope.READ : scope,
                validUntil.plusDays(1).atStartOfDay(SchoolClock.ZONE).toInstant(), secret);
        em.persist(token);
        em.flush();
        return new Issued(token.getId(), "lms_" + secret.secret());
    }

    public List<TokenRow> mine() {
        return em.createQuery("SELECT NEW ru.ciss.lms.api.boundary.ApiTokens$TokenRow(t.id, t.name, t.scope, "
                        + "t.createdAt, t.expiresAt, t.lastUsedAt, t.revokedAt, t.version) FROM ApiToken t "
                        + "WHERE t.personId = :me ORDER BY t.createdAt DESC, t.id DESC", TokenRow.class)
                .setParameter("me", caller.id()).getResultList();
    }

    /** Revokes one of the caller's tokens; revoking twice, or from two tabs, is harmless. */
    public void revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || token.getPersonId() != caller.id()) {
            throw new ApiTokenException("api.tokens.notFound");
        }
        token.revoke(Instant.now(SchoolClock.current()));
    }
}
