package ru.ciss.lms.presentations.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * One mentor's scores of one presentation: a draft the mentor may change until submitted, then final. Versioned,
 * so a save from an older tab is refused instead of overwriting a newer one.
 */
@Entity
@Table(name = "presentation_score")
public class PresentationScore {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "presentation_id", updatable = false)
    private long presentationId;

    @Column(name = "mentor_id", updatable = false)
    private long mentorId;

    private String scores = "{}";

    private String comment;

    @Column(name = "total_percent")
    private Double totalPercent;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected PresentationScore() {
    }

    public PresentationScore(long presentationId, long mentorId) {
        this.presentationId = presentationId;
        this.mentorId = mentorId;
        this.updatedAt = Instant.now(SchoolClock.current());
    }

    public void write(Map<String, Integer> values, String text) {
        scores = JSON.toJson(new LinkedHashMap<>(values));
        comment = text == null || text.isBlank() ? null : text.strip();
        updatedAt = Instant.now(SchoolClock.current());
    }

    public void submit(double total, Instant at) {
        totalPercent = total;
        submittedAt = at;
        updatedAt = at;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Integer> getScores() {
        Map<String, Object> raw = JSON.fromJson(scores, LinkedHashMap.class);
        Map<String, Integer> result = new LinkedHashMap<>();
        raw.forEach((k, v) -> result.put(k, v == null ? null : ((Number) v).intValue()));
        return result;
    }

    public Long getId() {
        return id;
    }

    public long getPresentationId() {
        return presentationId;
    }

    public long getMentorId() {
        return mentorId;
    }

    public String getComment() {
        return comment;
    }

    public Double getTotalPercent() {
        return totalPercent;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
