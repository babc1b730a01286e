package ru.ciss.lms.certificates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One of the school's keys for signing Open Badges credentials (RSA, RS256). Made on the first start; a rotation
 * retires it from signing, but it stays published so that what it signed still verifies.
 */
@Entity
@Table(name = "badge_key")
@NamedQuery(name = BadgeKey.ALL, query = "SELECT k FROM BadgeKey k ORDER BY k.id")
public class BadgeKey {

    public static final String ALL = "BadgeKey.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The last part of the key's address, /badges/keys/&lt;name&gt;, which is the JOSE header's kid. */
    @Column(updatable = false)
    private String name;

    /** X.509 SubjectPublicKeyInfo (DER). */
    @Column(name = "public_key", updatable = false)
    private byte[] publicKey;

    /** PKCS #8 (DER); read only by the signer. */
    @Column(name = "private_key", updatable = false)
    private byte[] privateKey;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected BadgeKey() {
    }

    public BadgeKey(String name, byte[] publicKey, byte[] privateKey, Instant createdAt) {
        this.name = name;
        this.publicKey = publicKey.clone();
        this.privateKey = privateKey.clone();
        this.createdAt = createdAt;
    }

    public void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public byte[] getPublicKey() {
        return publicKey.clone();
    }

    public byte[] getPrivateKey() {
        return privateKey.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public boolean isSigning() {
        return retiredAt == null;
    }
}
