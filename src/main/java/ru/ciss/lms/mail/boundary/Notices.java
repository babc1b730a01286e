package ru.ciss.lms.mail.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import ru.ciss.lms.mail.entity.OutboxMessage;
import ru.ciss.lms.platform.time.SchoolClock;
import ru.ciss.lms.platform.web.PublicAddress;
import ru.ciss.lms.mail.MailKind;
import ru.ciss.lms.mail.MailText;
import ru.ciss.lms.mail.control.OutboxNudge;
import ru.ciss.lms.mail.Recipient;
import ru.ciss.lms.mail.Recipients;

/**
 * Puts a notice for a person into the outbox, in the caller's transaction: if the event is rolled back, so is its
 * message. Sending happens after commit (see {@link OutboxNudge}). Optional kinds the person switched off and people
 * without an e-mail address get nothing.
 */
@ApplicationScoped
public class Notices {

    private static final Logger LOG = Logger.getLogger(Notices.class.getName());
    public static final String SETTINGS_PAGE = "/account/notifications.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicAddress address;

    @Inject
    Recipients recipients;

    @Inject
    Event<OutboxNudge> nudge;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private static final String NUDGED = Notices.class.getName() + ".nudged";

    /**
     * Takes back the messages of this kind to these people that are still waiting in the outbox (not being sent at
     * this moment): what was queued for an enrolment that has been undone. Sent ones are history and stay.
     */
    public int withdrawWaiting(MailKind kind, java.util.List<Long> personIds) {
        if (personIds.isEmpty()) {
            return 0;
        }
        var delete = em.createNativeQuery("DELETE FROM outbox_message WHERE kind = ? AND state = 'PENDING' "
                + "AND (claimed_until IS NULL OR claimed_until < NOW(3)) AND person_id IN ("
                + ru.ciss.lms.platform.database.NativeRows.placeholders(personIds) + ")");
        delete.setParameter(1, kind.name());
        ru.ciss.lms.platform.database.NativeRows.bind(delete, 2, personIds);
        return delete.executeUpdate();
    }

    /** Takes back the message queued under this dedupe key while it still waits (a certificate revoked before its mail left). */
    public int withdrawWaiting(String dedupeKey) {
        return em.createNativeQuery("DELETE FROM outbox_message WHERE dedupe_key = ? AND state = 'PENDING' "
                + "AND (claimed_until IS NULL OR claimed_until < NOW(3))").setParameter(1, dedupeKey).executeUpdate();
    }

    /** Answers whether a message was queued. */
    public boolean send(MailKind kind, long personId, Map<String, String> values) {
        return send(kind, personId, values, null);
    }

    /**
     * With a dedupe key, the message is queued at most once for ever (a reminder, a warning): a second call with the
     * same key is ignored by the database itself, so two timers on two servers cannot both queue it.
     */
    public boolean send(MailKind kind, long personId, Map<String, String> values, String dedupeKey) {
        Optional<Recipient> found = recipients.of(personId);
        if (found.isEmpty() || !found.get().reachable()) {
            LOG.fine(() -> "No e-mail address for person " + personId + "; " + kind + " not queued");
            return false;
        }
        Recipient to = found.get();
        if (kind.optional() && hasOptedOut(to.personId(), kind)) {
            return false;
        }
        Map<String, String> all = new HashMap<>(values);
        all.putIfAbsent("name", to.addressedAs());
        all.putIfAbsent("settingsUrl", address.of(SETTINGS_PAGE));
        MailText.Rendered text = MailText.render(kind, to.locale(), all);
        boolean queued;
        if (dedupeKey == null) {
            em.persist(new OutboxMessage(kind, to.personId(), to.email(), to.fullName(), text.subject(), text.body(),
                    null));
            queued = true;
        } else {
            Instant now = Instant.now(SchoolClock.current());
            queued = em.createNativeQuery("INSERT IGNORE INTO outbox_message (kind, person_id, recipient, recipient_name, "
                            + "subject, body, dedupe_key, state, attempts, next_attempt_at, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                    .setParameter(1, kind.name()).setParameter(2, to.personId()).setParameter(3, to.email())
                    .setParameter(4, to.fullName()).setParameter(5, text.subject()).setParameter(6, text.body())
                    .setParameter(7, dedupeKey)
                    // The same conversion JPA applies to an Instant, so both kinds of rows compare alike.
                    .setParameter(8, Timestamp.from(now)).setParameter(9, Timestamp.from(now)).executeUpdate() == 1;
        }
        // One nudge per transaction: enrolling 5,000 people queues 5,000 messages but needs one send round.
        if (queued && transactions.getResource(NUDGED) == null) {
            transactions.putResource(NUDGED, Boolean.TRUE);
            nudge.fire(new OutboxNudge());
        }
        return queued;
    }

    /** The title of the cohort's programme, which signs the mails about the cohort (see {@link MailText}); or null. */
    public String programmeOf(long cohortId) {
        return em.createQuery("SELECT c.programme.title FROM Cohort c WHERE c.id = :c", String.class)
                .setParameter("c", cohortId).getResultStream().findFirst().orElse(null);
    }

    /**
     * The programme of the person's latest cohort, for a mail about their account (an activation link): a new trainee
     * hears from the school they were enrolled in; someone in no cohort, from the organisation alone.
     */
    public String programmeOfPerson(long personId) {
        return em.createQuery("SELECT m.cohort.programme.title FROM CohortMember m WHERE m.personId = :p "
                        + "ORDER BY m.cohort.startsOn DESC, m.cohort.id DESC", String.class)
                .setParameter("p", personId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    public boolean hasOptedOut(long personId, MailKind kind) {
        return !em.createNativeQuery("SELECT 1 FROM notice_opt_out WHERE person_id = ? AND kind = ?")
                .setParameter(1, personId).setParameter(2, kind.name()).setMaxResults(1).getResultList().isEmpty();
    }
}
