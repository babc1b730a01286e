package ru.ciss.lms.presentations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * The audit trail of a presentation's result: every submitted score, moderation, return and release. Serializable:
 * the administrators' presentation page keeps its trail in the session, which a cluster copies to other instances.
 */
@Entity
@Table(name = "score_change")
public class ScoreChange implements Serializable {

    public enum Kind {
        SCORED,
        MODERATED,
        RETURNED,
        RELEASED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "presentation_id", updatable = false)
    private long presentationId;

    @Column(name = "actor_id", updatable = false)
    private long actorId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String detail;

    @Column(name = "changed_at", updatable = false)
    private Instant changedAt;

    protected ScoreChange() {
    }

    public ScoreChange(long presentationId, long actorId, Kind kind, String detail) {
        this.presentationId = presentationId;
        this.actorId = actorId;
        this.kind = kind;
        this.detail = detail;
        this.changedAt = Instant.now(SchoolClock.current());
    }

    public long getPresentationId() {
        return presentationId;
    }

    public long getActorId() {
        return actorId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
