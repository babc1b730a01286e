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

    /**
     * A submitted score's detail as people read it: "{relevance=3, feasibility=4} = 60,0 %" (criterion codes, as
     * stored) becomes "Соответствие потребностям района: 3; Реализуемость: 4 = 60,0 %". A code the rubric no longer
     * has stays as it is; a detail of another shape is shown unchanged.
     */
    public static String scoresByTitle(String detail, java.util.Map<String, String> titles) {
        int end = detail == null ? -1 : detail.indexOf("} = ");
        if (end < 0 || !detail.startsWith("{")) {
            return detail;
        }
        java.util.StringJoiner scores = new java.util.StringJoiner("; ");
        String inside = detail.substring(1, end);
        for (String entry : inside.isEmpty() ? new String[0] : inside.split(", ")) {
            int eq = entry.lastIndexOf('=');
            if (eq < 0) {
                return detail;
            }
            String code = entry.substring(0, eq);
            scores.add(titles.getOrDefault(code, code) + ": " + entry.substring(eq + 1));
        }
        return scores + detail.substring(end + 1);
    }
}
