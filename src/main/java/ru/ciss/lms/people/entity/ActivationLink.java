package ru.ciss.lms.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time link that lets a person set their password (and give their consents). Only the SHA-256 of its secret
 * is kept, so the link can be shown once, when it is made; losing it means making a new one, which closes this.
 */
@Entity
@Table(name = "activation_link")
@NamedQuery(name = ActivationLink.BY_HASH, query = "SELECT a FROM ActivationLink a WHERE a.tokenHash = :hash")
@NamedQuery(name = ActivationLink.OPEN_OF_PEOPLE,
        query = "SELECT a FROM ActivationLink a WHERE a.personId IN :people AND a.closedAt IS NULL")
public class ActivationLink {

    public static final String BY_HASH = "ActivationLink.byHash";
    public static final String OPEN_OF_PEOPLE = "ActivationLink.openOfPeople";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Column(name = "token_hash", updatable = false)
    private String tokenHash;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_how")
    private String closedHow;

    protected ActivationLink() {
    }

    public ActivationLink(long personId, String tokenHash, Instant expiresAt) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return closedAt == null && now.isBefore(expiresAt);
    }

    public boolean isUsed() {
        return "USED".equals(closedHow);
    }

    public boolean isReplaced() {
        return "REPLACED".equals(closedHow);
    }

    public void markUsed() {
        close("USED");
    }

    public void markReplaced() {
        close("REPLACED");
    }

    private void close(String how) {
        closedAt = Instant.now();
        closedHow = how;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
