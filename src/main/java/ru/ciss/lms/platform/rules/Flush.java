package ru.ciss.lms.platform.rules;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;

/**
 * Writes the pending changes now, inside the request, so that a concurrent edit (another tab, another administrator)
 * surfaces as the feature's refusal with a message a person can act on, and not at commit as a server error.
 */
public final class Flush {

    private Flush() {
    }

    /**
     * Flushes; a stale version, or a row another request created first, becomes {@code refusal}, which rolls the
     * transaction back like any refusal.
     */
    public static void orRefuse(EntityManager em, Supplier<? extends RuntimeException> refusal) {
        try {
            em.flush();
        } catch (OptimisticLockException | EntityExistsException e) {
            RuntimeException refused = refusal.get();
            refused.initCause(e);
            throw refused;
        }
    }
}
