package ru.ciss.lms.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When repeated failed sign-ins lock an account or an address: {@code maxFailures} failures, each within
 * {@code lockTime} of the next, lock it until {@code lockTime} after the last of them.
 */
public record ThrottleRule(int maxFailures, Duration lockTime) {

    public ThrottleRule {
        if (maxFailures < 1 || lockTime.isNegative() || lockTime.isZero()) {
            throw new IllegalArgumentException("maxFailures >= 1 and a positive lock time are required");
        }
    }

    /**
     * @param failuresNewestFirst the most recent failures, newest first (at least {@code maxFailures} of them
     *                            when there are that many)
     * @return the moment the lock ends, if one is in force now
     */
    public Optional<Instant> lockedUntil(List<Instant> failuresNewestFirst, Instant now) {
        if (failuresNewestFirst.size() < maxFailures) {
            return Optional.empty();
        }
        Instant newest = failuresNewestFirst.getFirst();
        Instant oldestCounted = failuresNewestFirst.get(maxFailures - 1);
        boolean burst = !oldestCounted.isBefore(newest.minus(lockTime));
        Instant until = newest.plus(lockTime);
        return burst && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /** How far back failures matter at all: two lock times covers a burst that ended a lock time ago. */
    public Instant horizon(Instant now) {
        return now.minus(lockTime.multipliedBy(2));
    }
}
