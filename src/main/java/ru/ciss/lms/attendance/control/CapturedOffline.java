package ru.ciss.lms.attendance.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When a check-in was captured — a QR code scanned or a code typed, perhaps with no connection — and whether it was
 * sent late. A code sent late may be used by one person only (so it cannot be passed round to absent friends), and
 * the same rule holds whichever way it was captured.
 */
public final class CapturedOffline {

    /** A code sent later than this after it was captured counts as captured offline. */
    public static final Duration DELAYED = Duration.ofSeconds(90);

    /**
     * The moment a code was typed {@code ageMillis} before {@code now}, as the phone measured it. A negative age
     * (the phone's clock was set back meanwhile) counts as now: the code must then match the codes of now.
     */
    public static Instant capturedAt(Instant now, long ageMillis) {
        return ageMillis <= 0 ? now : now.minusMillis(ageMillis);
    }

    public static boolean delayed(Instant capturedAt, Instant now) {
        return Duration.between(capturedAt, now).compareTo(DELAYED) > 0;
    }

    private CapturedOffline() {
    }
}
