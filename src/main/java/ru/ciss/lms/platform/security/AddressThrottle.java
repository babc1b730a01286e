package ru.ciss.lms.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Limits how often one address (or any other key) may do something, such as looking up certificate numbers on
 * the public verification page, where nothing else stops a script from walking through every number.
 *
 * <p>A token bucket per key: the bucket holds at most {@code burst} tokens, refills at {@code permitsPerMinute / 60}
 * tokens a second, and each permit takes one token. A person who checks a few certificates in a row is never slowed
 * down; a script gets {@code burst} answers and then {@code permitsPerMinute} a minute.
 *
 * <p>The bucket is kept as a single instant, the moment it will be full again if nothing more is taken (the
 * "virtual scheduling" form of the same bucket): {@code burst - (fullAt - now) / interval} tokens are left, so a
 * permit is free when {@code fullAt - now <= (burst - 1) * interval}. One long per key, no drift from adding up
 * fractions of tokens, and a key whose {@code fullAt} has passed is exactly as good as a key never seen.
 *
 * <p>Memory is bounded: at most {@code maxTrackedKeys} keys are remembered and each key is cut to
 * {@value #MAX_KEY_LENGTH} characters, so a flood of distinct (or absurdly long, forged) addresses cannot grow the
 * heap. When the table is full, keys whose bucket has refilled are forgotten first (forgetting them changes
 * nothing); only if none has, the least recently used key is dropped. That last case lets a large enough flood
 * give an address a fresh bucket early, the price of bounded memory; refusing unknown addresses instead would
 * let the same flood lock everyone out.
 *
 * <p>Thread-safe: every call holds one lock for a few map operations. The lock is coarse on purpose; it makes
 * "exactly {@code burst} permits in one instant" obviously true, and the work under it is far smaller than the
 * request it guards.
 */
public final class AddressThrottle {

    /** Longer than any IPv6 address text with a zone; longer keys are forged and cut. */
    static final int MAX_KEY_LENGTH = 64;

    /** How many of the least recently used keys one insertion looks at for a refilled bucket to forget. */
    private static final int EVICTION_SCAN = 16;

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final long intervalNanos;
    private final long toleranceNanos;
    private final Clock clock;
    private final int maxTrackedKeys;

    /** Key to the nano-instant its bucket is full again; in access order, so the eldest is the least recently used. */
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Bucket {
        long fullAt;
    }

    /**
     * @param permitsPerMinute the sustained rate, at least 1
     * @param burst            how many permits a key may take at once after being idle, at least 1
     * @param clock            the time source (a fixed or controllable clock in tests)
     * @param maxTrackedKeys   the most keys remembered at once, at least 1
     */
    public AddressThrottle(int permitsPerMinute, int burst, Clock clock, int maxTrackedKeys) {
        if (permitsPerMinute < 1 || burst < 1 || maxTrackedKeys < 1) {
            throw new IllegalArgumentException("permitsPerMinute, burst and maxTrackedKeys must be at least 1");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.intervalNanos = NANOS_PER_MINUTE / permitsPerMinute;
        try {
            this.toleranceNanos = Math.multiplyExact(burst - 1L, intervalNanos);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("burst is too large for this rate: " + burst, e);
        }
        this.maxTrackedKeys = maxTrackedKeys;
    }

    /** Takes a permit for this key if one is free now; false means refuse the request. */
    public boolean tryAcquire(String key) {
        String k = key(key);
        long now = nanos(clock.instant());
        synchronized (buckets) {
            Bucket bucket = buckets.get(k);
            if (bucket == null) {
                makeRoom(now);
                bucket = new Bucket();
                bucket.fullAt = now;
                buckets.put(k, bucket);
            }
            long fullAt = Math.max(bucket.fullAt, now);
            if (fullAt - now > toleranceNanos) {
                return false;
            }
            bucket.fullAt = fullAt + intervalNanos;
            return true;
        }
    }

    /**
     * How long until this key gets its next permit: zero when one is free now, otherwise at least one second,
     * rounded up to whole seconds so that a client obeying a Retry-After header never comes back too early.
     */
    public Duration retryAfter(String key) {
        String k = key(key);
        long now = nanos(clock.instant());
        long wait;
        synchronized (buckets) {
            Bucket bucket = buckets.get(k);
            if (bucket == null) {
                return Duration.ZERO;
            }
            wait = bucket.fullAt - toleranceNanos - now;
        }
        if (wait <= 0) {
            return Duration.ZERO;
        }
        long seconds = (wait + 999_999_999L) / 1_000_000_000L;
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    /** How many keys are remembered now; for tests of the memory bound. */
    int trackedKeys() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    /** Called under the lock when a new key is about to be added. */
    private void makeRoom(long now) {
        if (buckets.size() < maxTrackedKeys) {
            return;
        }
        Iterator<Map.Entry<String, Bucket>> eldestFirst = buckets.entrySet().iterator();
        boolean freed = false;
        for (int seen = 0; seen < EVICTION_SCAN && eldestFirst.hasNext(); seen++) {
            if (eldestFirst.next().getValue().fullAt <= now) {
                eldestFirst.remove();
                freed = true;
            }
        }
        if (!freed) {
            buckets.pollFirstEntry();
        }
    }

    private static String key(String key) {
        String k = Objects.requireNonNull(key, "key");
        return k.length() > MAX_KEY_LENGTH ? k.substring(0, MAX_KEY_LENGTH) : k;
    }

    /** Nanoseconds since the epoch; a long holds them until the year 2262. */
    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
