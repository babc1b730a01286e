package ru.ciss.lms.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed sign-in. Kept in the database so that every server of a cluster sees the same count. */
@Entity
@Table(name = "sign_in_failure")
@NamedQuery(name = SignInFailure.BY_ACCOUNT, query = "SELECT f.failedAt FROM SignInFailure f "
        + "WHERE f.accountKey = :key AND f.failedAt > :since ORDER BY f.failedAt DESC")
@NamedQuery(name = SignInFailure.BY_ADDRESS, query = "SELECT f.failedAt FROM SignInFailure f "
        + "WHERE f.address = :key AND f.failedAt > :since ORDER BY f.failedAt DESC")
@NamedQuery(name = SignInFailure.FORGET_ACCOUNT, query = "DELETE FROM SignInFailure f WHERE f.accountKey = :key")
@NamedQuery(name = SignInFailure.PURGE, query = "DELETE FROM SignInFailure f WHERE f.failedAt < :before")
public class SignInFailure {

    static final String BY_ACCOUNT = "SignInFailure.byAccount";
    static final String BY_ADDRESS = "SignInFailure.byAddress";
    static final String FORGET_ACCOUNT = "SignInFailure.forgetAccount";
    static final String PURGE = "SignInFailure.purge";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_key", nullable = false, length = 254)
    private String accountKey;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected SignInFailure() {
    }

    SignInFailure(String accountKey, String address, Instant failedAt) {
        this.accountKey = accountKey;
        this.address = address;
        this.failedAt = failedAt;
    }
}
