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
import java.time.temporal.ChronoUnit;
import ru.ciss.lms.assignments.SubmissionState;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * A trainee's answer to one module's assignment in one cohort. It holds the draft being written and the state after
 * the latest event; every submitted version is a {@link SubmissionVersion}. Versioned, so two tabs or a trainee and a
 * reviewer acting at the same moment cannot both win.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", updatable = false)
    private long cohortId;

    @Column(name = "module_id", updatable = false)
    private long moduleId;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    private SubmissionState state = SubmissionState.DRAFT;

    @Column(name = "draft_text")
    private String draftText;

    private int versions;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private boolean late;

    private Integer score;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Submission() {
    }

    public Submission(long cohortId, long moduleId, long personId) {
        this.cohortId = cohortId;
        this.moduleId = moduleId;
        this.personId = personId;
        this.updatedAt = Instant.now(SchoolClock.current());
    }

    /** The draft can be edited before the first submission and after a return for revision, never while in review. */
    public boolean isEditable() {
        return state == SubmissionState.DRAFT || state == SubmissionState.RETURNED;
    }

    public void writeDraft(String text) {
        draftText = text == null || text.isBlank() ? null : text.strip();
        updatedAt = Instant.now(SchoolClock.current());
    }

    /** Makes the draft the next version; the caller stores the version row and moves the draft files onto it. */
    public SubmissionVersion submit(Instant at, boolean isLate) {
        versions++;
        state = SubmissionState.SUBMITTED;
        submittedAt = at;
        late = isLate;
        updatedAt = at;
        SubmissionVersion submitted = new SubmissionVersion(id, versions, draftText, at, isLate);
        draftText = null;
        return submitted;
    }

    /** Records the decision on the latest version; a returned answer starts a new draft from it. */
    public void decide(Decision decision, Integer givenScore, String lastText, Instant at) {
        state = decision == Decision.ACCEPTED ? SubmissionState.ACCEPTED : SubmissionState.RETURNED;
        score = givenScore;
        if (decision == Decision.RETURNED) {
            draftText = lastText;
        }
        updatedAt = at;
    }

    /**
     * Whether the trainee has changed anything since the decision taken at {@code decidedAt} (a draft saved, a file
     * removed: each moves updatedAt). Both are written from one instant; the columns keep milliseconds.
     */
    public boolean changedSince(Instant decidedAt) {
        return updatedAt.truncatedTo(ChronoUnit.MILLIS).isAfter(decidedAt.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The decision on the latest version taken back: it waits for review again, as it did after submitting. */
    public void withdrawDecision(Instant at) {
        state = SubmissionState.SUBMITTED;
        score = null;
        draftText = null;
        updatedAt = at;
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

    public long getPersonId() {
        return personId;
    }

    public SubmissionState getState() {
        return state;
    }

    public String getDraftText() {
        return draftText;
    }

    public int getVersions() {
        return versions;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
    }

    public Integer getScore() {
        return score;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
