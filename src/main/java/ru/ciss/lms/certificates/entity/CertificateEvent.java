package ru.ciss.lms.certificates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a certificate's audit trail; written once, never changed. */
@Entity
@Table(name = "certificate_event")
public class CertificateEvent {

    public enum Kind {
        ISSUED, REVOKED, REISSUED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_id", updatable = false)
    private long certificateId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String reason;

    @Column(name = "by_person", updatable = false)
    private long byPerson;

    @Column(updatable = false)
    private Instant at;

    protected CertificateEvent() {
    }

    public CertificateEvent(long certificateId, Kind kind, String reason, long byPerson, Instant at) {
        this.certificateId = certificateId;
        this.kind = kind;
        this.reason = reason;
        this.byPerson = byPerson;
        this.at = at;
    }

    public long getCertificateId() {
        return certificateId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public long getByPerson() {
        return byPerson;
    }

    public Instant getAt() {
        return at;
    }
}
