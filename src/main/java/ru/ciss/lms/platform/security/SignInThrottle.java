package ru.ciss.lms.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Slows down password guessing: after too many failures for one account (the e-mail as typed, whether or not
 * such an account exists) or from one address, further attempts are refused until the lock ends.
 */
@Stateless
public class SignInThrottle {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "lms.signin.max-failures", defaultValue = "5")
    int maxFailures;

    // Far above one account's: a class on the venue's Wi-Fi or trainees behind a mobile operator's shared address
    // are one address, and five typos among them locked everyone out, the curator too. Guessing one account is
    // still stopped at maxFailures; this only slows one address trying many accounts.
    @Inject
    @ConfigProperty(name = "lms.signin.address-max-failures", defaultValue = "30")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "lms.signin.lock-minutes", defaultValue = "15")
    int lockMinutes;

    private ThrottleRule accountRule;
    private ThrottleRule addressRule;

    @PostConstruct
    void init() {
        accountRule = new ThrottleRule(maxFailures, Duration.ofMinutes(lockMinutes));
        addressRule = new ThrottleRule(addressMaxFailures, Duration.ofMinutes(lockMinutes));
    }

    /** The moment the lock on this account or address ends, if either is locked now. */
    public Optional<Instant> lockedUntil(String email, String address) {
        return lockedUntil(email, address, accountRule, addressRule);
    }

    /** The same check under explicit rules: lets a test prove the per-address lock without changing settings. */
    public Optional<Instant> lockedUntil(String email, String address, ThrottleRule byAccount, ThrottleRule byAddress) {
        Instant now = SchoolClock.current().instant();
        Optional<Instant> account = byAccount.lockedUntil(
                recent(SignInFailure.BY_ACCOUNT, key(email), byAccount, now), now);
        Optional<Instant> fromAddress = byAddress.lockedUntil(
                recent(SignInFailure.BY_ADDRESS, address(address), byAddress, now), now);
        return account.isPresent() ? account : fromAddress;
    }

    /**
     * Makes sure the account's and the address's gate rows exist, in a short transaction of its own, so that the
     * attempt itself only locks existing rows (two inserts of one new key at once could otherwise deadlock).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openGates(String email, String address) {
        em.createNativeQuery("INSERT IGNORE INTO sign_in_gate (gate_key) VALUES (?), (?)")
                .setParameter(1, "a:" + key(email)).setParameter(2, "i:" + address(address)).executeUpdate();
    }

    /**
     * Takes one attempt for this account and address, or refuses it when either is locked. The attempt is recorded
     * as a failure before the password is checked (a success then clears it), and the count and the record happen
     * under the lock of both gate rows: parallel attempts are counted one after the other, on every server that
     * shares the database, so no more than the limit of passwords is ever checked.
     *
     * @return true when the password may be checked
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimAttempt(String email, String address) {
        return claimAttempt(email, address, accountRule, addressRule);
    }

    /** The same under explicit rules: lets a test prove the per-address limit without changing settings. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimAttempt(String email, String address, ThrottleRule byAccount, ThrottleRule byAddress) {
        em.createNativeQuery("SELECT gate_key FROM sign_in_gate WHERE gate_key IN (?, ?) ORDER BY gate_key FOR UPDATE")
                .setParameter(1, "a:" + key(email)).setParameter(2, "i:" + address(address)).getResultList();
        if (lockedUntil(email, address, byAccount, byAddress).isPresent()) {
            return false;
        }
        em.persist(new SignInFailure(key(email), address(address), SchoolClock.current().instant()));
        return true;
    }

    /** Recorded in its own transaction: the failed attempt must count even though the sign-in fails. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String email, String address) {
        em.persist(new SignInFailure(key(email), address(address), SchoolClock.current().instant()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSuccess(String email) {
        em.createNamedQuery(SignInFailure.FORGET_ACCOUNT).setParameter("key", key(email)).executeUpdate();
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeOldFailures() {
        em.createNamedQuery(SignInFailure.PURGE)
                .setParameter("before", SchoolClock.current().instant().minus(Duration.ofDays(1)))
                .executeUpdate();
        // Gates of keys with no failure left; one recreated by a sign-in at this moment is simply made again.
        em.createNativeQuery("DELETE FROM sign_in_gate WHERE NOT EXISTS (SELECT 1 FROM sign_in_failure f WHERE "
                + "sign_in_gate.gate_key IN (CONCAT('a:', f.account_key), CONCAT('i:', f.address)))").executeUpdate();
    }

    private List<Instant> recent(String query, String key, ThrottleRule rule, Instant now) {
        return em.createNamedQuery(query, Instant.class)
                .setParameter("key", key)
                .setParameter("since", rule.horizon(now))
                .setMaxResults(rule.maxFailures())
                .getResultList();
    }

    static String key(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }

    private static String address(String address) {
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
