package ru.ciss.lms.assignments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A decision its reviewer (or an administrator) took back, as it was: the version waits for review again, and the
 * answer's history still says what had been decided and who took it back. Written once, never changed.
 */
@Entity
@Table(name = "decision_withdrawal")
public class DecisionWithdrawal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", updatable = false)
    private long versionId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Decision decision;

    @Column(name = "decided_by", updatable = false)
    private Long decidedBy;

    @Column(name = "decided_at", updatable = false)
    private Instant decidedAt;

    @Column(updatable = false)
    private String comment;

    @Column(updatable = false)
    private Integer score;

    @Column(name = "withdrawn_by", updatable = false)
    private long withdrawnBy;

    @Column(name = "withdrawn_at", updatable = false)
    private Instant withdrawnAt;

    protected DecisionWithdrawal() {
    }

    /** What the version's decision was, before {@link SubmissionVersion#withdrawDecision} clears it. */
    public static DecisionWithdrawal of(SubmissionVersion version, long by, Instant at) {
        DecisionWithdrawal w = new DecisionWithdrawal();
        w.versionId = version.getId();
        w.decision = version.getDecision();
        w.decidedBy = version.getDecidedBy();
        w.decidedAt = version.getDecidedAt();
        w.comment = version.getComment();
        w.score = version.getScore();
        w.withdrawnBy = by;
        w.withdrawnAt = at;
        return w;
    }

    public long getVersionId() {
        return versionId;
    }

    public Decision getDecision() {
        return decision;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
