package ru.ciss.lms.mail.control;

import java.time.Duration;

/**
 * When the outbox tries a message again: the delay doubles from a minute up to six hours, so a short outage of the
 * mail server costs minutes while a long one does not make us knock every minute.
 */
public final class Backoff {

    /**
     * Attempts before the outbox gives up. With the delays of {@link #after(int)} the 19 waits between them add up
     * to about 68 hours: a mail server that is down over a weekend still gets the message, while an address that
     * never works stops being tried after about three days, when the news in the message is stale anyway.
     */
    public static final int MAX_ATTEMPTS = 20;

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(6);

    /**
     * The delay before the next attempt after {@code attempts} failed ones: 1, 2, 4, 8 … minutes, at most 6 hours.
     *
     * @throws IllegalArgumentException when {@code attempts} is below 1: there is nothing to wait for yet
     */
    public static Duration after(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("The delay follows a failed attempt, attempts was " + attempts);
        }
        // 2^9 minutes is already past the cap; stopping the shift there also keeps it from overflowing.
        int doublings = Math.min(attempts - 1, 9);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST) < 0 ? delay : LONGEST;
    }

    /** Whether the outbox stops trying after {@code attempts} failed attempts. */
    public static boolean givesUp(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }

    private Backoff() {
    }
}
