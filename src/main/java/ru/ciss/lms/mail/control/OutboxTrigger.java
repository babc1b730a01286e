package ru.ciss.lms.mail.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts a send round once the transaction that queued a message has committed, not before. The round is handed to
 * another thread: calling the sender (an EJB that runs without a transaction) from inside the committed
 * transaction's completion makes Payara suspend and then fail to resume that finished transaction ("Invalid
 * transaction passed to resume()"), and the nudge was lost; messages then waited for the 15-second timer.
 */
@ApplicationScoped
public class OutboxTrigger {

    @EJB
    OutboxSender sender;

    @Resource
    ManagedExecutorService executor;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxNudge nudge) {
        executor.execute(() -> {
            if (sender.isConfigured()) {
                sender.sendSoon();
            }
        });
    }
}
