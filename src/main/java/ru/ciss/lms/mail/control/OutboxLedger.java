package ru.ciss.lms.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.ciss.lms.mail.entity.OutboxMessage;
import ru.ciss.lms.mail.entity.OutboxState;

/**
 * The outbox's state changes, each in its own short transaction, so that the SMTP conversation happens outside any
 * transaction and a crash at any point leaves a message either pending (sent again later) or sent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxLedger {

    /**
     * Long enough for one SMTP conversation with its timeouts (10 s each by default); after it, another sender may
     * try again. It is also how long a message claimed by a server that crashed waits before it goes out: five
     * minutes made the crash drill's restarted server sit on its notices; two is still many times a conversation.
     */
    @Inject
    @ConfigProperty(name = "lms.mail.claim-seconds", defaultValue = "120")
    long claimSeconds;

    @PersistenceContext
    EntityManager em;

    public List<Long> due(Instant now, int limit) {
        return em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.state = :pending AND m.nextAttemptAt <= :now "
                        + "AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.id", Long.class)
                .setParameter("pending", OutboxState.PENDING).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes the message for this sender, or answers null when another sender (another thread, another server) has
     * it: the conditional update is atomic in the database, the only place both senders share.
     */
    public OutboxMessage claim(long id, Instant now) {
        int taken = em.createQuery("UPDATE OutboxMessage m SET m.claimedUntil = :until WHERE m.id = :id "
                        + "AND m.state = :pending AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
                .setParameter("until", now.plus(Duration.ofSeconds(claimSeconds))).setParameter("id", id).setParameter("now", now)
                .setParameter("pending", OutboxState.PENDING).executeUpdate();
        return taken == 1 ? em.find(OutboxMessage.class, id) : null;
    }

    public void sent(long id, Instant at) {
        em.createQuery("UPDATE OutboxMessage m SET m.state = :sent, m.sentAt = :at, m.claimedUntil = NULL, "
                        + "m.attempts = m.attempts + 1, m.lastError = NULL WHERE m.id = :id")
                .setParameter("sent", OutboxState.SENT).setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    /** A failure is retried with back-off; a permanent one (a bad address) or the last attempt gives up. */
    public void failed(long id, int attemptsBefore, String error, boolean permanent, Instant now) {
        int attempts = attemptsBefore + 1;
        boolean giveUp = permanent || Backoff.givesUp(attempts);
        em.createQuery("UPDATE OutboxMessage m SET m.state = :state, m.attempts = :attempts, m.nextAttemptAt = :next, "
                        + "m.claimedUntil = NULL, m.lastError = :error WHERE m.id = :id")
                .setParameter("state", giveUp ? OutboxState.FAILED : OutboxState.PENDING)
                .setParameter("attempts", attempts).setParameter("next", now.plus(Backoff.after(attempts)))
                .setParameter("error", error == null ? null : error.substring(0, Math.min(error.length(), 500)))
                .setParameter("id", id).executeUpdate();
    }

    /** An administrator's "try again now", for a message that failed or waits for a distant retry. */
    public boolean retry(long id, Instant now) {
        return em.createQuery("UPDATE OutboxMessage m SET m.state = :pending, m.nextAttemptAt = :now, "
                        + "m.claimedUntil = NULL WHERE m.id = :id AND m.state <> :sent")
                .setParameter("pending", OutboxState.PENDING).setParameter("now", now)
                .setParameter("sent", OutboxState.SENT).setParameter("id", id).executeUpdate() == 1;
    }
}
