package ru.ciss.lms.drafts.boundary;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.ciss.lms.platform.security.Caller;
import ru.ciss.lms.platform.security.Role;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * The caller's own typed drafts. Only ever the caller's: the key names a field, the person comes from the session,
 * so nobody can read or overwrite another person's text whatever key they send. Saving is an upsert, so two tabs
 * saving the same field at once leave one row with the later text.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@ApplicationScoped
@RolesAllowed({"TRAINEE", "MENTOR", "ADMINISTRATOR", Role.INVITED_MENTOR_NAME})
public class TypedDrafts {

    /**
     * A page's field and record: a short word, then what identifies the record, e.g.
     * assignment:cohort=4:module=12:version=3 (the cohort too: one trainee's answers to one module in two cohorts are
     * two records). A version in the key ties the draft to the record as it was when the form was opened: a draft typed before the
     * record was saved or submitted is not offered to the form of its next version.
     */
    static final Pattern KEY = Pattern.compile("[a-z][a-z-]{1,30}(:[a-z]{1,20}=-?[0-9]{1,18}){0,3}(:[a-z]{1,20})?");
    /** The longest field the forms take is 20,000 characters; a little room for what a form may refuse. */
    public static final int MAX_CHARS = 50_000;
    /** Enough for every open form a person could have; the oldest go first beyond it. */
    static final int MAX_PER_PERSON = 100;

    public record Draft(String text, Instant savedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public static boolean validKey(String key) {
        return key != null && key.length() <= 120 && KEY.matcher(key).matches();
    }

    /** Keeps the text typed so far; the time it was kept, to the millisecond as stored. */
    public Instant save(String key, String text) {
        check(key);
        if (text == null || text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("a draft of " + (text == null ? "no" : text.length()) + " characters");
        }
        long me = caller.id();
        Instant now = Instant.now(SchoolClock.current()).truncatedTo(ChronoUnit.MILLIS);
        em.createNativeQuery("INSERT INTO typed_draft (person_id, draft_key, body, saved_at) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE body = VALUES(body), saved_at = VALUES(saved_at)")
                .setParameter(1, me).setParameter(2, key).setParameter(3, text).setParameter(4, Timestamp.from(now))
                .executeUpdate();
        dropOtherVersions(me, key);
        trim(me);
        return now;
    }

    /** The draft of this field; opening a record's newer version also drops the drafts of its earlier ones. */
    public Optional<Draft> find(String key) {
        check(key);
        dropOtherVersions(caller.id(), key);
        List<?> rows = em.createNativeQuery("SELECT body, saved_at FROM typed_draft WHERE person_id = ? AND draft_key = ?")
                .setParameter(1, caller.id()).setParameter(2, key).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Draft((String) r[0], ((Timestamp) r[1]).toInstant())).findFirst();
    }

    /**
     * Whether a person keeps a draft of this field: only whether, never the text. For a reviewer about to take back a
     * return: a revision typed but not saved yet would be locked away with the answer.
     */
    public boolean exists(long personId, String key) {
        check(key);
        return !em.createNativeQuery("SELECT 1 FROM typed_draft WHERE person_id = ? AND draft_key = ?")
                .setParameter(1, personId).setParameter(2, key).getResultList().isEmpty();
    }

    /** The field's text is safely in its record (or was thrown away on purpose): the draft is not needed. */
    public void discard(String key) {
        check(key);
        em.createNativeQuery("DELETE FROM typed_draft WHERE person_id = ? AND draft_key = ?")
                .setParameter(1, caller.id()).setParameter(2, key).executeUpdate();
    }

    /** The record has moved on to this version: drafts typed against its other versions are not needed. */
    private void dropOtherVersions(long me, String key) {
        int version = key.lastIndexOf(":version=");
        if (version > 0) {
            em.createNativeQuery("DELETE FROM typed_draft WHERE person_id = ? AND draft_key LIKE ? AND draft_key <> ?")
                    .setParameter(1, me).setParameter(2, key.substring(0, version + 9) + "%").setParameter(3, key)
                    .executeUpdate();
        }
    }

    private void trim(long me) {
        em.createNativeQuery("DELETE FROM typed_draft WHERE person_id = ? AND saved_at < (SELECT saved_at FROM "
                        + "(SELECT saved_at FROM typed_draft WHERE person_id = ? ORDER BY saved_at DESC LIMIT 1 OFFSET ?) t)")
                .setParameter(1, me).setParameter(2, me).setParameter(3, MAX_PER_PERSON - 1).executeUpdate();
    }

    private static void check(String key) {
        if (!validKey(key)) {
            throw new IllegalArgumentException("not a draft key");
        }
    }

}
