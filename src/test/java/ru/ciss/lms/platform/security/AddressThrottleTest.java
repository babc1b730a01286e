package ru.ciss.lms.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AddressThrottleTest {

    /** A clock the test moves by hand; volatile because the concurrency tests read it from other threads. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-12T04:00:00Z"));

    /** 30 a minute (one every 2 s), 5 at once. */
    private final AddressThrottle throttle = new AddressThrottle(30, 5, clock, 1000);

    private static int granted(AddressThrottle throttle, String key, int attempts) {
        int granted = 0;
        for (int i = 0; i < attempts; i++) {
            if (throttle.tryAcquire(key)) {
                granted++;
            }
        }
        return granted;
    }

    @Test
    void aHundredRequestsInOneSecondFromOneAddressGetOnlyTheBurst() {
        int granted = 0;
        for (int i = 0; i < 100; i++) {
            if (throttle.tryAcquire("203.0.113.7")) {
                granted++;
            }
            clock.advance(Duration.ofMillis(9)); // 100 requests within 0.9 s: less than one refill interval
        }
        assertEquals(5, granted);
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        assertEquals(5, granted(throttle, "203.0.113.7", 5));
        assertFalse(throttle.tryAcquire("203.0.113.7"));

        clock.advance(Duration.ofMillis(1999));
        assertFalse(throttle.tryAcquire("203.0.113.7"), "one token takes 2 s to come back");
        clock.advance(Duration.ofMillis(1));
        assertTrue(throttle.tryAcquire("203.0.113.7"));
        assertFalse(throttle.tryAcquire("203.0.113.7"));

        clock.advance(Duration.ofSeconds(6));
        assertEquals(3, granted(throttle, "203.0.113.7", 10), "6 s refill 3 tokens");

        clock.advance(Duration.ofHours(1));
        assertEquals(5, granted(throttle, "203.0.113.7", 10), "an idle bucket holds no more than the burst");
    }

    @Test
    void theSustainedRateIsPermitsPerMinute() {
        int granted = 0;
        for (int second = 0; second < 600; second++) { // ten minutes, one attempt a second
            if (throttle.tryAcquire("203.0.113.7")) {
                granted++;
            }
            clock.advance(Duration.ofSeconds(1));
        }
        // The initial burst of 5, then one every 2 s: about 30 a minute, never 60.
        assertTrue(granted >= 300 && granted <= 305, "granted " + granted);
    }

    @Test
    void otherAddressesAreNotAffected() {
        assertEquals(5, granted(throttle, "203.0.113.7", 100));
        assertEquals(5, granted(throttle, "198.51.100.1", 100));
        assertEquals(5, granted(throttle, "2001:db8::1", 100));
        assertEquals(0, granted(throttle, "203.0.113.7", 1));
    }

    @Test
    void retryAfterIsZeroWhileAPermitIsFreeAndAtLeastASecondWhenRefused() {
        assertEquals(Duration.ZERO, throttle.retryAfter("203.0.113.7"), "never seen");
        granted(throttle, "203.0.113.7", 4);
        assertEquals(Duration.ZERO, throttle.retryAfter("203.0.113.7"), "one token left");

        assertTrue(throttle.tryAcquire("203.0.113.7"));
        assertFalse(throttle.tryAcquire("203.0.113.7"));
        assertEquals(Duration.ofSeconds(2), throttle.retryAfter("203.0.113.7"));

        clock.advance(Duration.ofMillis(1500));
        assertEquals(Duration.ofSeconds(1), throttle.retryAfter("203.0.113.7"), "0.5 s rounds up to 1 s");
        clock.advance(Duration.ofMillis(499));
        assertEquals(Duration.ofSeconds(1), throttle.retryAfter("203.0.113.7"), "1 ms still says 1 s");
        clock.advance(Duration.ofMillis(1));
        assertEquals(Duration.ZERO, throttle.retryAfter("203.0.113.7"));
        assertTrue(throttle.tryAcquire("203.0.113.7"), "retryAfter promised a permit now");
    }

    @Test
    void retryAfterForASlowRateTellsTheWholeWait() {
        AddressThrottle slow = new AddressThrottle(1, 1, clock, 10); // one a minute
        assertTrue(slow.tryAcquire("k"));
        assertFalse(slow.tryAcquire("k"));
        assertEquals(Duration.ofSeconds(60), slow.retryAfter("k"));
        clock.advance(Duration.ofSeconds(59));
        assertFalse(slow.tryAcquire("k"));
        assertEquals(Duration.ofSeconds(1), slow.retryAfter("k"));
    }

    @Test
    void aFloodOfDistinctAddressesDoesNotGrowMemoryBeyondTheBound() {
        AddressThrottle small = new AddressThrottle(30, 5, clock, 100);
        for (int i = 0; i < 100_000; i++) {
            small.tryAcquire("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
            if (i % 1000 == 0) {
                clock.advance(Duration.ofMillis(1));
            }
        }
        assertTrue(small.trackedKeys() <= 100, "tracked " + small.trackedKeys());
    }

    @Test
    void forgedLongKeysAreCut() {
        String forged = "1".repeat(10_000);
        assertEquals(5, granted(throttle, forged, 100));
        assertEquals(0, granted(throttle, forged + "2", 1), "cut to the same key");
    }

    @Test
    void refilledBucketsAreForgottenBeforeAnExhaustedOne() {
        AddressThrottle small = new AddressThrottle(30, 5, clock, 3);
        assertEquals(5, granted(small, "attacker", 5)); // least recently used from here on
        assertTrue(small.tryAcquire("a"));
        assertTrue(small.tryAcquire("b"));
        clock.advance(Duration.ofSeconds(2)); // a and b have refilled, the attacker only by one token

        assertTrue(small.tryAcquire("c")); // the table is full: a and b go, not the attacker
        assertTrue(small.trackedKeys() <= 3);
        assertTrue(small.tryAcquire("attacker"));
        assertFalse(small.tryAcquire("attacker"), "still throttled: its bucket was not forgotten");
    }

    @Test
    void whenNothingHasRefilledTheLeastRecentlyUsedKeyGoes() {
        AddressThrottle small = new AddressThrottle(30, 1, clock, 2);
        assertTrue(small.tryAcquire("a"));
        assertTrue(small.tryAcquire("b"));
        assertFalse(small.tryAcquire("a")); // a is now the most recently used
        assertTrue(small.tryAcquire("c")); // b goes
        assertEquals(2, small.trackedKeys());
        assertFalse(small.tryAcquire("a"), "a was kept");
        assertTrue(small.tryAcquire("b"), "b was forgotten and starts afresh");
    }

    @Test
    void concurrentRequestsForOneAddressInOneInstantGetExactlyTheBurst() throws Exception {
        for (int round = 0; round < 20; round++) {
            AddressThrottle shared = new AddressThrottle(60, 7, Clock.fixed(Instant.parse("2026-03-12T04:00:00Z"),
                    ZoneOffset.UTC), 50);
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                AtomicInteger granted = new AtomicInteger();
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < 200; i++) {
                            if (shared.tryAcquire("203.0.113.7")) {
                                granted.incrementAndGet();
                            }
                            // Other addresses churn the table at the same time, forcing evictions.
                            shared.tryAcquire("198.51.100." + thread + "." + i);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : futures) {
                    f.get(30, TimeUnit.SECONDS);
                }
                // The shared address is touched constantly, so it is never the least recently used one for long;
                // a table of 50 keys with 8 threads each touching it every other call keeps it.
                assertEquals(7, granted.get(), "round " + round);
                assertTrue(shared.trackedKeys() <= 50);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void concurrentRequestsWithoutChurnGetExactlyTheBurst() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 200; round++) {
                AddressThrottle shared = new AddressThrottle(60, 3, clock, 10);
                CountDownLatch start = new CountDownLatch(1);
                AtomicInteger granted = new AtomicInteger();
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < 20; i++) {
                            if (shared.tryAcquire("203.0.113.7")) {
                                granted.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : futures) {
                    f.get(30, TimeUnit.SECONDS);
                }
                assertEquals(3, granted.get(), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new AddressThrottle(0, 5, clock, 10));
        assertThrows(IllegalArgumentException.class, () -> new AddressThrottle(30, 0, clock, 10));
        assertThrows(IllegalArgumentException.class, () -> new AddressThrottle(30, 5, clock, 0));
        assertThrows(IllegalArgumentException.class, () -> new AddressThrottle(1, Integer.MAX_VALUE, clock, 10));
        assertThrows(NullPointerException.class, () -> new AddressThrottle(30, 5, null, 10));
    }
}
