package ru.ciss.lms.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ciss.lms.platform.security.SecretToken;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * A one-time link that lets a person set their password (and give their consents). Only the SHA-256 of its secret
 * is kept, so the link can be shown once, when it is made; losing it means making a new one, which closes this.
 */
@Entity
@Table(name = "activation_link")
@NamedQuery(name = ActivationLink.OPEN_OF_PEOPLE,
        query = "SELECT a FROM ActivationLink a WHERE a.personId IN :people AND a.closedAt IS NULL")
public class ActivationLink extends SecretToken {

    public static final String OPEN_OF_PEOPLE = "ActivationLink.openOfPeople";


    @Column(name = "person_id", updatable = false)
    private long personId;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_how")
    private String closedHow;

    protected ActivationLink() {
    }

    public ActivationLink(long personId, SecretTokens.Issued secret, Instant expiresAt) {
        super(secret);
        this.personId = personId;
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
        closedAt = Instant.now(SchoolClock.current());
        closedHow = how;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
