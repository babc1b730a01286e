package ru.ciss.lms.certificates.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Makes sure the counter row of a series and year exists, in a transaction of its own, before the issuing one
 * starts. Creating it inside the issuing transaction would let two issuers both find it missing and deadlock on
 * inserting it; committed first, the issuing transaction only has to lock an existing row, and its first statement
 * can be that lock. The callers call it outside any transaction: a transaction suspended around a nested one breaks
 * the outbox's after-commit nudge in Payara ("Invalid transaction passed to resume()").
 */
@Stateless
public class CounterRows {

    @PersistenceContext
    EntityManager em;

    /** The counter a cohort's certificates take their numbers from. */
    public record Key(long cohortId, String series, int year) {
    }

    /** @return the counter of the cohort's programme for this year, or null when there is no such cohort */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Key ensure(long cohortId) {
        return ensure(cohortId, java.time.LocalDate.now(SchoolClock.current()).getYear());
    }

    /** @return the counter of the cohort's programme for the year of issue, or null when there is no such cohort */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Key ensure(long cohortId, int year) {
        List<?> series = em.createNativeQuery("SELECT p.certificate_series FROM cohort c "
                + "JOIN programme p ON p.id = c.programme_id WHERE c.id = ?").setParameter(1, cohortId).getResultList();
        if (series.isEmpty()) {
            return null;
        }
        String code = (String) series.get(0);
        em.createNativeQuery("INSERT IGNORE INTO certificate_counter (series, year, last_number) VALUES (?, ?, 0)")
                .setParameter(1, code).setParameter(2, year).executeUpdate();
        return new Key(cohortId, code, year);
    }

    /** The cohort a certificate belongs to, for a reissue; null when there is no such certificate. */
    public Long cohortOf(long certificateId) {
        List<?> cohort = em.createNativeQuery("SELECT cohort_id FROM certificate WHERE id = ?")
                .setParameter(1, certificateId).getResultList();
        return cohort.isEmpty() ? null : ((Number) cohort.get(0)).longValue();
    }
}
