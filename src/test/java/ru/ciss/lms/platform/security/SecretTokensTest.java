package ru.ciss.lms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void anIssuedSecretIsUrlSafeAndOnlyItsHashIsKept() {
        SecretTokens.Issued one = SecretTokens.issue(32);
        SecretTokens.Issued two = SecretTokens.issue(32);
        assertTrue(one.secret().matches("[A-Za-z0-9_-]{43}"), one.secret());
        assertTrue(one.secret().length() < SecretTokens.MAX_LENGTH);
        assertEquals(SecretTokens.hash(one.secret()), one.hash());
        assertTrue(one.hash().matches("[0-9a-f]{64}"));
        assertNotEquals(one.secret(), two.secret());
        assertFalse(one.toString().contains(one.secret()), "a secret never reaches a log through toString");
    }
}
