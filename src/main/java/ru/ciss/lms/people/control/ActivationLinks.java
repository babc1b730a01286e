package ru.ciss.lms.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.people.entity.ActivationLink;

/**
 * Makes and finds activation links inside the caller's transaction. A person has at most one open link: a new one
 * closes the older, so a link copied into a lost e-mail stops working once the administrator makes another.
 */
@ApplicationScoped
public class ActivationLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "lms.activation.valid-days", defaultValue = "14")
    int validDays;

    private final SecureRandom random = new SecureRandom();

    /** New links for these people; the answer maps each person's id to the secret that goes into their link. */
    public Map<Long, String> issue(List<Long> personIds) {
        Instant expires = Instant.now().plus(validity());
        for (int from = 0; from < personIds.size(); from += 1000) { // IN lists stay a sensible size
            em.createNamedQuery(ActivationLink.OPEN_OF_PEOPLE, ActivationLink.class)
                    .setParameter("people", personIds.subList(from, Math.min(personIds.size(), from + 1000)))
                    .getResultList().forEach(ActivationLink::markReplaced);
        }
        Map<Long, String> secrets = new LinkedHashMap<>();
        for (Long personId : personIds) {
            String secret = newSecret();
            em.persist(new ActivationLink(personId, hash(secret), expires));
            secrets.put(personId, secret);
        }
        return secrets;
    }

    public String issue(long personId) {
        return issue(new ArrayList<>(List.of(personId))).get(personId);
    }

    /** The link with this secret, locked until the transaction ends so that it is used once only; or null. */
    public ActivationLink lockedBySecret(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return null;
        }
        return em.createNamedQuery(ActivationLink.BY_HASH, ActivationLink.class)
                .setParameter("hash", hash(secret)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
    }

    public Duration validity() {
        return Duration.ofDays(Math.max(1, validDays));
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
