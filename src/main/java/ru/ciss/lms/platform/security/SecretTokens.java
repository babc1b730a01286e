package ru.ciss.lms.platform.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Secrets that go into addresses people are given (activation links, calendar feeds, mentors' invitations). The
 * address carries the secret; the database keeps only its SHA-256 ({@link SecretToken}), so a copy of the database
 * opens nothing.
 */
public final class SecretTokens {

    /** Longer than any secret made here: a longer one is not looked up at all. */
    static final int MAX_LENGTH = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new secret, to be shown once, and the hash that is stored. */
    public record Issued(String secret, String hash) {

        @Override
        public String toString() {
            return "Issued[secret hidden]"; // never in a log
        }
    }

    /** A URL-safe secret of {@code bytes} random bytes, with its hash. */
    public static Issued issue(int bytes) {
        String secret = newToken(bytes);
        return new Issued(secret, hash(secret));
    }

    /** A URL-safe secret of {@code bytes} random bytes. */
    public static String newToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * The token of this kind behind a secret someone brought, whatever its state (the caller decides whether it still
     * opens anything); empty for no secret, an overlong one, or an unknown one.
     */
    public static <T extends SecretToken> Optional<T> find(EntityManager em, Class<T> kind, String secret) {
        return find(em, kind, secret, LockModeType.NONE);
    }

    /** The same, locked until the transaction ends (a link used once only). */
    public static <T extends SecretToken> Optional<T> find(EntityManager em, Class<T> kind, String secret,
            LockModeType lock) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String entity = em.getMetamodel().entity(kind).getName();
        return em.createQuery("SELECT t FROM " + entity + " t WHERE t.tokenHash = :hash", kind)
                .setParameter("hash", hash(secret.strip())).setLockMode(lock).getResultStream().findFirst();
    }

    private SecretTokens() {
    }
}
