package ru.ciss.lms.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ciss.lms.platform.security.SecretToken;
import ru.ciss.lms.platform.security.SecretTokens;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * A personal calendar subscription: a secret address that phone and desktop calendars poll without signing in.
 * Only the secret's SHA-256 is kept; revoking makes the address answer 404 from then on.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends SecretToken {


    @Column(name = "person_id", updatable = false)
    private long personId;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(long personId, SecretTokens.Issued secret) {
        super(secret);
        this.personId = personId;
    }

    public void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now(SchoolClock.current());
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public long getPersonId() {
        return personId;
    }
}
