package ru.ciss.lms.platform.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC-SHA-512, the parameters stored with each hash ({@code pbkdf2-sha512$iterations$salt$hash}),
 * so the iteration count can rise later without invalidating the passwords people already have.
 * 210,000 iterations is OWASP's recommendation for this function.
 */
public final class PasswordHasher {

    public static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Compared against when the account does not exist, so a wrong e-mail takes as long as a wrong password. Made at
     * the first such sign-in, not when the class loads: it costs a third of a second of the server's start (issue #25).
     */
    private static final class Decoy {
        static final String HASH = new PasswordHasher().hash("decoy-password-for-constant-time");
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public boolean verify(String password, String stored) {
        if (password == null) {
            return false;
        }
        String[] parts = (stored == null ? Decoy.HASH : stored).split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            derive(password, new byte[SALT_BYTES], ITERATIONS); // same cost for a malformed or missing hash
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual) && stored != null;
    }

    /** Used when an unknown e-mail is tried: spends the same time as a real check, then fails. */
    public void spendEquivalentTime(String password) {
        verify(password == null ? "" : password, null);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
