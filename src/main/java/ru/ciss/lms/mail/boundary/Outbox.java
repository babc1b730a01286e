package ru.ciss.lms.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import ru.ciss.lms.mail.control.OutboxLedger;
import ru.ciss.lms.mail.control.OutboxSender;
import ru.ciss.lms.mail.entity.OutboxMessage;
import ru.ciss.lms.mail.entity.OutboxState;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * The outbox as administrators see it: every message with its state. Without an SMTP server (the embedded default)
 * this is where messages are read, e.g. to pass an activation link on by hand.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @EJB
    OutboxLedger ledger;

    @EJB
    OutboxSender sender;

    public boolean smtpConfigured() {
        return sender.isConfigured();
    }

    public long count(OutboxState state, String recipient) {
        return query("SELECT COUNT(m)", state, recipient, "", Long.class).getSingleResult();
    }

    /** Newest first; the body is loaded too, because the page shows it on demand without another request. */
    public List<OutboxMessage> page(OutboxState state, String recipient, int first, int size) {
        return query("SELECT m", state, recipient, " ORDER BY m.id DESC", OutboxMessage.class).setFirstResult(first)
                .setMaxResults(Math.min(size, 100)).getResultList();
    }

    /** A page and how many messages the filter finds in all, in one call (one transaction). */
    public ru.ciss.lms.platform.database.CountedRows<OutboxMessage> pageWithCount(OutboxState state, String recipient,
            int first, int size) {
        return new ru.ciss.lms.platform.database.CountedRows<>(count(state, recipient),
                page(state, recipient, first, size));
    }

    public OutboxMessage read(long id) {
        return em.find(OutboxMessage.class, id);
    }

    /** Sends a failed or waiting message at the next round; answers false for one already sent. */
    public boolean retry(long id) {
        boolean again = ledger.retry(id, Instant.now(SchoolClock.current()));
        if (again && sender.isConfigured()) {
            sender.sendSoon();
        }
        return again;
    }

    private <T> TypedQuery<T> query(String select, OutboxState state, String recipient, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM OutboxMessage m WHERE 1 = 1");
        if (state != null) {
            jpql.append(" AND m.state = :state");
        }
        boolean byRecipient = recipient != null && !recipient.isBlank();
        if (byRecipient) {
            // by address or by name, as the list shows both («Семёнова», «семенова» and «trainee@» all find her)
            jpql.append(" AND (m.recipient LIKE :recipient OR m.recipientName LIKE :recipient)");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        if (state != null) {
            q.setParameter("state", state);
        }
        if (byRecipient) {
            q.setParameter("recipient", "%" + recipient.strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return q;
    }
}
