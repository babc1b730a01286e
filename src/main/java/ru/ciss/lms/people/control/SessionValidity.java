package ru.ciss.lms.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Whether a session may go on (issue #21): read from the database on every request of a signed-in person, so that
 * deactivation, a password reset or change, a change of roles, or a revoked invitation end the person's sessions at
 * once on every instance of a cluster. One primary-key read per request.
 */
@ApplicationScoped
public class SessionValidity {

    @PersistenceContext
    EntityManager em;

    /** A session of this person opened at that moment (null: before sessions were stamped) may go on. */
    public boolean personSession(long personId, Instant openedAt) {
        // Native SQL: EclipseLink builds a column query's SQL anew at every execution (see NativeRows), and this
        // one runs on every request of everyone signed in (issue #25).
        List<?> rows = em.createNativeQuery("SELECT active, sessions_valid_from FROM person WHERE id = ?")
                .setParameter(1, personId).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        if (!truth(row[0])) {
            return false;
        }
        Instant validFrom = instant(row[1]);
        return validFrom == null || openedAt != null && !openedAt.isBefore(validFrom);
    }

    /** An invited mentor's session goes on only while its invitation is neither revoked nor expired. */
    public boolean invitationSession(String tokenHash, long mentorId) {
        if (tokenHash == null) {
            return false;
        }
        List<?> rows = em.createNativeQuery("SELECT i.revoked_at, i.expires_at, p.active FROM mentor_invitation i "
                + "JOIN person p ON p.id = i.mentor_id WHERE i.token_hash = ? AND i.mentor_id = ?")
                .setParameter(1, tokenHash).setParameter(2, mentorId).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) rows.get(0);
        Instant expires = instant(row[1]);
        return row[0] == null && expires != null && Instant.now(SchoolClock.current()).isBefore(expires) && truth(row[2]);
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case java.time.LocalDateTime l -> l.atZone(java.time.ZoneId.systemDefault()).toInstant();
            case Instant i -> i;
            default -> throw new IllegalStateException("not a time: " + value.getClass());
        };
    }
}
