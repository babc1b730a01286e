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

/** One submitted version of an answer, kept for ever; the reviewer's decision on it is written onto it once. */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", updatable = false)
    private Long submissionId;

    @Column(updatable = false)
    private int number;

    @Column(name = "answer_text", updatable = false)
    private String answerText;

    @Column(name = "submitted_at", updatable = false)
    private Instant submittedAt;

    @Column(updatable = false)
    private boolean late;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String comment;

    private Integer score;

    @Version
    private long version;

    protected SubmissionVersion() {
    }

    SubmissionVersion(Long submissionId, int number, String answerText, Instant submittedAt, boolean late) {
        this.submissionId = submissionId;
        this.number = number;
        this.answerText = answerText;
        this.submittedAt = submittedAt;
        this.late = late;
    }

    public void decide(Decision what, long by, String why, Integer givenScore, Instant at) {
        decision = what;
        decidedBy = by;
        comment = why == null || why.isBlank() ? null : why.strip();
        score = givenScore;
        decidedAt = at;
    }

    /** The decision taken back (kept in a {@link DecisionWithdrawal}): the version waits for review again. */
    public void withdrawDecision() {
        decision = null;
        decidedBy = null;
        comment = null;
        score = null;
        decidedAt = null;
    }

    public Long getId() {
        return id;
    }

    public Long getSubmissionId() {
        return submissionId;
    }

    public int getNumber() {
        return number;
    }

    public String getAnswerText() {
        return answerText;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
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

    public String getComment() {
        return comment;
    }

    public Integer getScore() {
        return score;
    }
}
