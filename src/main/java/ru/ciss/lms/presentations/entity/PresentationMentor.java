package ru.ciss.lms.presentations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ciss.lms.platform.time.SchoolClock;

/** A mentor allocated to score one presentation. */
@Entity
@Table(name = "presentation_mentor")
public class PresentationMentor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "presentation_id", updatable = false)
    private long presentationId;

    @Column(name = "mentor_id", updatable = false)
    private long mentorId;

    @Column(name = "allocated_at", updatable = false)
    private Instant allocatedAt;

    @Column(name = "allocated_by", updatable = false)
    private long allocatedBy;

    protected PresentationMentor() {
    }

    public PresentationMentor(long presentationId, long mentorId, long allocatedBy) {
        this.presentationId = presentationId;
        this.mentorId = mentorId;
        this.allocatedBy = allocatedBy;
        this.allocatedAt = Instant.now(SchoolClock.current());
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
}
