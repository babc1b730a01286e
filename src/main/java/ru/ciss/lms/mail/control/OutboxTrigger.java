package ru.ciss.lms.mail.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Starts a send round once the transaction that queued a message has committed, not before. */
@ApplicationScoped
public class OutboxTrigger {

    @EJB
    OutboxSender sender;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxNudge nudge) {
        if (sender.isConfigured()) {
            sender.sendSoon();
        }
    }
}
