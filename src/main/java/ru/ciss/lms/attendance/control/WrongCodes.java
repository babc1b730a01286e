package ru.ciss.lms.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * Limits typed check-in codes per trainee per day. A 6-digit code could be guessed by a script from home; after
 * {@link #LIMIT} wrong codes in a day a trainee can no longer type codes that day (scanning still works).
 *
 * <p>Kept in the database, so the limit holds across a cluster and a restart (issue #21). A guess is taken before
 * the code is checked and given back when it was right (or nothing was checked): parallel guesses, on one instance
 * or several, can never try more than {@code LIMIT} codes. Each call commits in a transaction of its own, because
 * the refusal of a wrong code rolls the check-in's transaction back and the count must stay.
 */
@ApplicationScoped
public class WrongCodes {

    public static final int LIMIT = 10;

    @PersistenceContext
    EntityManager em;

    /** Takes one of the day's guesses; false when all {@link #LIMIT} are used up by wrong codes. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean reserve(long personId, LocalDate day) {
        em.createNativeQuery("INSERT INTO check_in_guess (person_id, day, attempts) VALUES (?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE attempts = attempts + 1").setParameter(1, personId).setParameter(2, day)
                .executeUpdate();
        int attempts = ((Number) em.createNativeQuery("SELECT attempts FROM check_in_guess WHERE person_id = ? "
                + "AND day = ?").setParameter(1, personId).setParameter(2, day).getSingleResult()).intValue();
        if (attempts == 1) {
            // The person's first guess today: their earlier days are of no use any more.
            em.createNativeQuery("DELETE FROM check_in_guess WHERE person_id = ? AND day < ?").setParameter(1, personId)
                    .setParameter(2, day).executeUpdate();
        }
        if (attempts > LIMIT) {
            release(personId, day);
            return false;
        }
        return true;
    }

    /** Gives a guess back: the code was right, or no code was checked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(long personId, LocalDate day) {
        em.createNativeQuery("UPDATE check_in_guess SET attempts = attempts - 1 WHERE person_id = ? AND day = ? "
                + "AND attempts > 0").setParameter(1, personId).setParameter(2, day).executeUpdate();
    }
}
