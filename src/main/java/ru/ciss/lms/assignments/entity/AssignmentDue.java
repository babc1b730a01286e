package ru.ciss.lms.assignments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** When a module's assignment is due in one cohort, and whether late answers are still taken. */
@Entity
@Table(name = "assignment_due")
public class AssignmentDue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", updatable = false)
    private long cohortId;

    @Column(name = "module_id", updatable = false)
    private long moduleId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_rule")
    private LateRule lateRule;

    @Column(name = "cutoff_at")
    private Instant cutoffAt;

    @Version
    private long version;

    protected AssignmentDue() {
    }

    public AssignmentDue(long cohortId, long moduleId) {
        this.cohortId = cohortId;
        this.moduleId = moduleId;
    }

    /** A cut-off before the due time would close the assignment before it is due: the caller refuses that. */
    public void set(Instant due, LateRule rule, Instant cutoff) {
        if (cutoff != null && cutoff.isBefore(due)) {
            throw new IllegalArgumentException("cut-off before due time");
        }
        dueAt = due;
        lateRule = rule;
        cutoffAt = rule == LateRule.CLOSE ? cutoff : null;
    }

    public boolean isLate(Instant at) {
        return at.isAfter(dueAt);
    }

    /** Closed answers are refused; late ones under ACCEPT are taken and flagged. */
    public boolean isClosed(Instant at) {
        return lateRule == LateRule.CLOSE && at.isAfter(closesAt());
    }

    public Instant closesAt() {
        return cutoffAt != null ? cutoffAt : dueAt;
    }

    public Long getId() {
        return id;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getModuleId() {
        return moduleId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public LateRule getLateRule() {
        return lateRule;
    }

    public Instant getCutoffAt() {
        return cutoffAt;
    }

    public long getVersion() {
        return version;
    }
}
