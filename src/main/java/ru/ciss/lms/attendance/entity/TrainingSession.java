package ru.ciss.lms.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import ru.ciss.lms.attendance.SessionFormat;
import ru.ciss.lms.platform.time.SchoolClock;

/** One of a cohort's training sessions ("три мартовские сессии"): what, how, where; its days are SessionDay. */
@Entity
@Table(name = "training_session")
public class TrainingSession implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", updatable = false)
    private long cohortId;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    @Enumerated(EnumType.STRING)
    private SessionFormat format = SessionFormat.IN_PERSON;

    @Size(max = 300)
    private String place;

    @Size(max = 500)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{lms.validation.link}")
    private String link;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TrainingSession() {
    }

    public TrainingSession(long cohortId) {
        this.cohortId = cohortId;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now(SchoolClock.current());
    }

    public Long getId() {
        return id;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public SessionFormat getFormat() {
        return format;
    }

    public void setFormat(SessionFormat format) {
        this.format = format;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place == null || place.isBlank() ? null : place.strip();
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link == null || link.isBlank() ? null : link.strip();
    }

    public long getVersion() {
        return version;
    }
}
