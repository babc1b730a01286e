package ru.ciss.lms.outcomes.entity;

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
import java.time.LocalDate;
import ru.ciss.lms.files.FileType;

/**
 * One dated outcome of one graduate, with its evidence (a file in the file store, or a link). Versioned: a graduate
 * correcting it and an administrator confirming it at the same moment cannot both win.
 */
@Entity
@Table(name = "outcome")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", updatable = false)
    private long personId;

    @Column(name = "cohort_id", updatable = false)
    private long cohortId;

    @Enumerated(EnumType.STRING)
    private OutcomeKind kind;

    @Column(name = "happened_on")
    private LocalDate happenedOn;

    @Column(name = "district_id")
    private Integer districtId;

    private String name;

    @Column(name = "host_organisation")
    private String hostOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    private LegalForm legalForm;

    private String audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source")
    private FundsSource fundingSource;

    @Column(name = "amount_roubles")
    private Long amountRoubles;

    @Column(name = "people_reached")
    private Integer peopleReached;

    @Column(name = "evidence_file_id")
    private Long evidenceFileId;

    @Column(name = "evidence_name")
    private String evidenceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type")
    private FileType evidenceType;

    @Column(name = "evidence_size")
    private Long evidenceSize;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    @Enumerated(EnumType.STRING)
    private OutcomeState state = OutcomeState.REPORTED;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "reported_by")
    private long reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected Outcome() {
    }

    public Outcome(long personId, long cohortId) {
        this.personId = personId;
        this.cohortId = cohortId;
    }

    /** What the graduate says, already checked by the boundary; a change is reported again for review. */
    public record Facts(OutcomeKind kind, LocalDate happenedOn, Integer districtId, String name, String hostOrganisation,
                        LegalForm legalForm, String audience, FundsSource fundingSource, Long amountRoubles,
                        Integer peopleReached) implements java.io.Serializable {
    }

    public void report(Facts facts, long by, Instant at) {
        kind = facts.kind();
        happenedOn = facts.happenedOn();
        districtId = facts.districtId();
        name = facts.name();
        hostOrganisation = facts.hostOrganisation();
        legalForm = facts.legalForm();
        audience = facts.audience();
        fundingSource = facts.fundingSource();
        amountRoubles = facts.amountRoubles();
        peopleReached = facts.peopleReached();
        state = OutcomeState.REPORTED;
        reportedBy = by;
        reportedAt = at;
    }

    public void evidenceFile(long storedFileId, String fileName, FileType type, long size) {
        evidenceFileId = storedFileId;
        evidenceName = fileName;
        evidenceType = type;
        evidenceSize = size;
    }

    public void evidenceLink(String url) {
        evidenceUrl = url;
    }

    public boolean hasEvidence() {
        return evidenceFileId != null || evidenceUrl != null && !evidenceUrl.isBlank();
    }

    public void review(OutcomeState decision, String comment, long by, Instant at) {
        state = decision;
        reviewComment = comment;
        reviewedBy = by;
        reviewedAt = at;
    }

    public Facts facts() {
        return new Facts(kind, happenedOn, districtId, name, hostOrganisation, legalForm, audience, fundingSource,
                amountRoubles, peopleReached);
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getCohortId() {
        return cohortId;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public Long getEvidenceFileId() {
        return evidenceFileId;
    }

    public String getEvidenceName() {
        return evidenceName;
    }

    public FileType getEvidenceType() {
        return evidenceType;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public long getReportedBy() {
        return reportedBy;
    }

    public OutcomeState getState() {
        return state;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public long getVersion() {
        return version;
    }
}
