package ru.ciss.lms.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ciss.lms.mail.MailKind;

/**
 * What every reminder timer shares (due dates soon, outcomes after graduation): a round that a failure does not
 * stop (the next round tries again), and reminders queued once each by a key, also across servers and restarts.
 * The timers decide only who is due and what the message says.
 */
@ApplicationScoped
public class Reminders {

    /** One reminder: to whom, the message's values, and the key that lets it go once only. */
    public record Reminder(long personId, Map<String, String> values, String onceKey) {
    }

    @Inject
    Notices notices;

    /** Queues the reminders not queued before; answers how many were queued now. */
    public int sendOnce(MailKind kind, List<Reminder> reminders) {
        int queued = 0;
        for (Reminder reminder : reminders) {
            queued += notices.send(kind, reminder.personId(), reminder.values(), reminder.onceKey()) ? 1 : 0;
        }
        return queued;
    }

    /** One timer round; a failure is logged and left to the next round, so the timer keeps running. */
    public static void round(Logger log, String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.log(Level.WARNING, what + " failed; the next round tries again", e);
        }
    }
}
