package ru.ciss.lms.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong typed check-in codes per trainee per day. A 6-digit code could be guessed by a script from home;
 * after {@link #LIMIT} wrong codes in a day a trainee can no longer type codes that day (scanning still works).
 * Kept in memory: a restart forgives, which costs an attacker a day's guesses at most {@code LIMIT} more.
 */
@ApplicationScoped
public class WrongCodes {

    public static final int LIMIT = 10;

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    public boolean exhausted(long personId, LocalDate day) {
        return counts.getOrDefault(key(personId, day), 0) >= LIMIT;
    }

    public void record(long personId, LocalDate day) {
        if (counts.size() > 100_000) {
            counts.clear(); // yesterday's counts are of no use; never let the map grow without end
        }
        counts.merge(key(personId, day), 1, Integer::sum);
    }

    private static String key(long personId, LocalDate day) {
        return personId + "@" + day;
    }
}
