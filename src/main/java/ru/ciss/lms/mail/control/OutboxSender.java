package ru.ciss.lms.mail.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import ru.ciss.lms.mail.entity.OutboxMessage;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Sends what the outbox holds through the configured SMTP server: right after a commit that queued something, and
 * every 15 seconds for retries and for messages whose nudge was lost (a crash between commit and send). Without
 * SMTP settings it sends nothing, and administrators read the messages in the app.
 */
@Singleton
@Startup
@DependsOn("Migrations") // its timer reads the outbox table, which a new database gets from the migrations
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;

    @EJB
    OutboxLedger ledger;

    /** One round at a time in this server; a nudge during a round is served by that round's next query. */
    private final ReentrantLock round = new ReentrantLock();
    private final AtomicBoolean requested = new AtomicBoolean();
    private Optional<SmtpSettings> settings = Optional.empty();
    private SmtpSender sender;

    @PostConstruct
    void configure() {
        settings = SmtpSettings.of(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
        settings.ifPresentOrElse(s -> {
            sender = new SmtpSender(s);
            LOG.info(() -> "E-mail goes out through " + s);
        }, () -> LOG.info("No SMTP server configured (LMS_SMTP_HOST): e-mail stays in the outbox for administrators"));
    }

    public boolean isConfigured() {
        return settings.isPresent();
    }

    @Asynchronous
    public void sendSoon() {
        sendDue();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void sendDue() {
        if (sender == null) {
            return;
        }
        requested.set(true);
        // A request that arrives during a round is served by one more round, not lost until the next tick.
        while (requested.get() && round.tryLock()) {
            try {
                requested.set(false);
                List<Long> due;
                do {
                    due = ledger.due(Instant.now(SchoolClock.current()), BATCH);
                    due.forEach(this::sendOne);
                } while (due.size() == BATCH);
            } catch (RuntimeException e) {
                // The database may be away; the next round tries again.
                LOG.log(Level.WARNING, "Outbox round failed", e);
                return;
            } finally {
                round.unlock();
            }
        }
    }

    private void sendOne(long id) {
        OutboxMessage message = ledger.claim(id, Instant.now(SchoolClock.current()));
        if (message == null) {
            return; // another sender has it
        }
        try {
            // Recorded right after the server's 250, before QUIT: the window in which a crash sends it twice is the
            // server's reply to the data, nothing more.
            sender.send(new OutgoingMail(message.messageId(settings.get().host()), message.getRecipient(),
                    message.getRecipientName(), message.getSubject(), message.getBody()), () -> ledger.sent(id, Instant.now(SchoolClock.current())));
        } catch (MailFailure e) {
            LOG.log(Level.INFO, "Message " + id + " not sent (attempt " + (message.getAttempts() + 1) + ")", e);
            ledger.failed(id, message.getAttempts(), e.getMessage(), e.permanent(), Instant.now(SchoolClock.current()));
        }
    }
}
