package ru.ciss.lms.presentations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A cohort's presentation settings: how many mentors score each plan, the due date, whether results are out. */
@Entity
@Table(name = "presentation_setup")
public class PresentationSetup {

    public static final int DEFAULT_MENTORS = 2;
    public static final int MAX_MENTORS = 5;

    @Id
    @Column(name = "cohort_id")
    private long cohortId;

    @Column(name = "mentors_per_presentation")
    private int mentorsPerPresentation = DEFAULT_MENTORS;

    @Column(name = "exclude_same_district")
    private boolean excludeSameDistrict;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private Long releasedBy;

    @Version
    private long version;

    protected PresentationSetup() {
    }

    public PresentationSetup(long cohortId) {
        this.cohortId = cohortId;
    }

    public void change(int mentors, boolean excludeDistrict, Instant due) {
        if (mentors < 1 || mentors > MAX_MENTORS) {
            throw new IllegalArgumentException("mentors per presentation out of range: " + mentors);
        }
        this.mentorsPerPresentation = mentors;
        this.excludeSameDistrict = excludeDistrict;
        this.dueAt = due;
    }

    public void release(long by, Instant at) {
        releasedAt = at;
        releasedBy = by;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    public boolean isClosed(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }

    public long getCohortId() {
        return cohortId;
    }

    public int getMentorsPerPresentation() {
        return mentorsPerPresentation;
    }

    public boolean isExcludeSameDistrict() {
        return excludeSameDistrict;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public long getVersion() {
        return version;
    }
}
