package ru.ciss.lms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void storesPbkdf2Sha512WithAtLeast210000IterationsAndASalt() {
        String hash = hasher.hash("Семёнова-2026");
        String[] parts = hash.split("\\$");
        assertEquals("pbkdf2-sha512", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, hash);
        assertEquals(4, parts.length);
        assertNotEquals(hash, hasher.hash("Семёнова-2026"), "each hash has its own salt");
    }

    @Test
    void acceptsOnlyTheSamePassword() {
        String hash = hasher.hash("Семёнова-2026");
        assertTrue(hasher.verify("Семёнова-2026", hash));
        assertFalse(hasher.verify("Семенова-2026", hash), "ё and е are different characters in a password");
        assertFalse(hasher.verify("", hash));
        assertFalse(hasher.verify(null, hash));
    }

    @Test
    void refusesMissingOrMalformedHashes() {
        assertFalse(hasher.verify("anything", null));
        assertFalse(hasher.verify("anything", "plain-text"));
        assertFalse(hasher.verify("anything", "md5$1$abc$def"));
    }
}
