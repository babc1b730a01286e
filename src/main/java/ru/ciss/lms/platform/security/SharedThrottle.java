package ru.ciss.lms.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The same token bucket as {@link AddressThrottle}, kept in the database so that it holds across every instance of
 * a cluster (issue #21): two servers behind one proxy must not give a script twice the permits. Each call locks its
 * key's row in a transaction of its own, so parallel calls on any instance are counted one after the other.
 * {@link AddressThrottle} stays in front of it, per instance, so that a flood is refused without a database write.
 */
@ApplicationScoped
public class SharedThrottle {

    /** Rows of buckets full for an hour are deleted now and then: such a row is as good as none. */
    private static final long FORGET_AFTER_MILLIS = 3_600_000L;
    private static final int CLEAN_EVERY = 1000;

    @PersistenceContext
    EntityManager em;

    private final AtomicLong calls = new AtomicLong();

    /**
     * Takes a permit for the key.
     *
     * @return 0 when granted, otherwise how many milliseconds until the next permit is free
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long acquire(String key, int permitsPerMinute, int burst) {
        long now = System.currentTimeMillis();
        long interval = Math.max(1, 60_000L / Math.max(1, permitsPerMinute));
        // The row is locked for writing at once. INSERT IGNORE took a shared lock on an existing row, and the
        // SELECT ... FOR UPDATE then asked for the exclusive one: two parallel calls each held the shared lock and
        // waited for the other's, and MariaDB broke the deadlock by failing one (an API client's parallel requests
        // got 500, ApiThrottleIT). ON DUPLICATE KEY UPDATE locks an existing row exclusively from the start.
        em.createNativeQuery("INSERT INTO throttle_bucket (bucket_key, full_at) VALUES (?, 0) "
                        + "ON DUPLICATE KEY UPDATE full_at = full_at")
                .setParameter(1, key).executeUpdate();
        long fullAt = ((Number) em.createNativeQuery("SELECT full_at FROM throttle_bucket WHERE bucket_key = ? FOR UPDATE")
                .setParameter(1, key).getSingleResult()).longValue();
        long next = Math.max(fullAt, now) + interval;
        long over = next - now - (long) Math.max(1, burst) * interval;
        if (over > 0) {
            return over;
        }
        em.createNativeQuery("UPDATE throttle_bucket SET full_at = ? WHERE bucket_key = ?").setParameter(1, next)
                .setParameter(2, key).executeUpdate();
        if (calls.incrementAndGet() % CLEAN_EVERY == 0) {
            em.createNativeQuery("DELETE FROM throttle_bucket WHERE full_at < ? LIMIT 1000")
                    .setParameter(1, now - FORGET_AFTER_MILLIS).executeUpdate();
        }
        return 0;
    }
}
