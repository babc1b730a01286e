package ru.ciss.lms.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ciss.lms.people.ConsentKind;
import ru.ciss.lms.platform.time.SchoolClock;

/** One consent as given: by whom, to which version of which text, when; and when withdrawn, if it was. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ConsentKind kind;

    @Column(name = "text_version", updatable = false)
    private String textVersion;

    @Column(name = "given_at", updatable = false)
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Consent() {
    }

    public Consent(long personId, ConsentKind kind) {
        this.personId = personId;
        this.kind = kind;
        this.textVersion = kind.currentVersion();
        this.givenAt = Instant.now(SchoolClock.current());
    }

    public void withdraw() {
        if (withdrawnAt == null) {
            withdrawnAt = Instant.now(SchoolClock.current());
        }
    }

    public boolean isInForce() {
        return withdrawnAt == null;
    }

    public Long getId() {
        return id;
    }

    public ConsentKind getKind() {
        return kind;
    }

    public String getTextVersion() {
        return textVersion;
    }

    public Instant getGivenAt() {
        return givenAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
