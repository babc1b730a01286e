package ru.ciss.lms.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import ru.ciss.lms.platform.database.NativeRows;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * Whether a session may go on (issue #21): read from the database on every request of a signed-in person, so that
 * deactivation, a password reset or change, a change of roles, or a revoked invitation end the person's sessions at
 * once on every instance of a cluster. One primary-key read per request, which also brings the caller's card.
 */
@ApplicationScoped
public class SessionValidity {

    @PersistenceContext
    EntityManager em;

    /**
     * A session of this person opened at that moment (null: before sessions were stamped) may go on: then the caller's
     * card, read in the same statement (every page shows it, and this runs before every page anyway); null when the
     * session has to end.
     */
    public CallerCard personSession(long personId, Instant openedAt) {
        // Native SQL: EclipseLink builds a column query's SQL anew at every execution (see NativeRows), and this
        // one runs on every request of everyone signed in (issue #25).
        List<Object[]> rows = NativeRows.rows(em.createNativeQuery("SELECT p.active, p.sessions_valid_from, p.surname, "
                + "p.given_name, p.patronymic, p.email, p.district_id, o.name, p.gender FROM person p "
                + "LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id = ?").setParameter(1, personId));
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        if (!NativeRows.asBoolean(row[0])) {
            return null;
        }
        Instant validFrom = NativeRows.asInstant(row[1]);
        if (validFrom != null && (openedAt == null || openedAt.isBefore(validFrom))) {
            return null;
        }
        return new CallerCard(personId, (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                NativeRows.asInt(row[6]), (String) row[7], NativeRows.asEnum(ru.ciss.lms.people.Gender.class, row[8]));
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
        Instant expires = NativeRows.asInstant(row[1]);
        return row[0] == null && expires != null && Instant.now(SchoolClock.current()).isBefore(expires)
                && NativeRows.asBoolean(row[2]);
    }
}
