package ru.ciss.lms.certificates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import ru.ciss.lms.certificates.CertificateStatus;

/**
 * One issued certificate with everything printed on it, copied at the moment of issue: a later change of the
 * holder's name or the programme never changes what an issued certificate says. The register number is never
 * reused; a revoked or replaced certificate keeps its row, so the number keeps verifying (as revoked or replaced).
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_NUMBER, query = "SELECT c FROM Certificate c WHERE c.number = :number")
@NamedQuery(name = Certificate.BY_HASH, query = "SELECT c FROM Certificate c WHERE c.pdfSha256 = :sha ORDER BY c.id")
public class Certificate {

    public static final String BY_NUMBER = "Certificate.byNumber";
    public static final String BY_HASH = "Certificate.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String number;
    @Column(updatable = false)
    private String series;
    @Column(updatable = false)
    private int year;
    @Column(updatable = false)
    private long sequence;

    @Column(name = "cohort_id", updatable = false)
    private long cohortId;
    @Column(name = "person_id", updatable = false)
    private long personId;
    @Column(name = "programme_id", updatable = false)
    private long programmeId;

    @Column(name = "holder_name", updatable = false)
    private String holderName;
    @Column(name = "programme_title", updatable = false)
    private String programmeTitle;
    @Column(name = "academic_hours", updatable = false)
    private int academicHours;
    @Column(name = "cohort_starts_on", updatable = false)
    private LocalDate cohortStartsOn;
    @Column(name = "cohort_ends_on", updatable = false)
    private LocalDate cohortEndsOn;
    @Column(name = "issued_on", updatable = false)
    private LocalDate issuedOn;
    @Column(name = "issued_at", updatable = false)
    private Instant issuedAt;
    @Column(name = "issued_by", updatable = false)
    private long issuedBy;
    @Column(name = "signatory_name", updatable = false)
    private String signatoryName;
    @Column(name = "signatory_position", updatable = false)
    private String signatoryPosition;

    @Enumerated(EnumType.STRING)
    private CertificateStatus status = CertificateStatus.VALID;
    @Column(name = "status_changed_at")
    private Instant statusChangedAt;
    @Column(name = "status_reason")
    private String statusReason;
    /** A revocation's note for anyone who checks the number. */
    @Column(name = "public_note")
    private String publicNote;
    /** A revocation's note for the administrators only. */
    @Column(name = "internal_note")
    private String internalNote;
    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;
    @Column(name = "replaced_by_id")
    private Long replacedById;

    @Column(name = "pdf_file_id", updatable = false)
    private long pdfFileId;
    @Column(name = "pdf_sha256", updatable = false)
    private String pdfSha256;
    @Column(name = "pdf_size", updatable = false)
    private long pdfSize;

    @Version
    private long version;

    protected Certificate() {
    }

    /** What a new certificate says; the number and the PDF come with {@link #numbered} and {@link #document}. */
    public record Printed(long cohortId, long personId, long programmeId, String holderName, String programmeTitle,
                          int academicHours, LocalDate cohortStartsOn, LocalDate cohortEndsOn, LocalDate issuedOn,
                          String signatoryName, String signatoryPosition) {
    }

    public Certificate(Printed printed, Instant issuedAt, long issuedBy, Long replacesId) {
        this.cohortId = printed.cohortId();
        this.personId = printed.personId();
        this.programmeId = printed.programmeId();
        this.holderName = printed.holderName();
        this.programmeTitle = printed.programmeTitle();
        this.academicHours = printed.academicHours();
        this.cohortStartsOn = printed.cohortStartsOn();
        this.cohortEndsOn = printed.cohortEndsOn();
        this.issuedOn = printed.issuedOn();
        this.signatoryName = printed.signatoryName();
        this.signatoryPosition = printed.signatoryPosition();
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.replacesId = replacesId;
    }

    public void numbered(String number, String series, int year, long sequence) {
        this.number = number;
        this.series = series;
        this.year = year;
        this.sequence = sequence;
    }

    public void document(long storedFileId, String sha256, long size) {
        this.pdfFileId = storedFileId;
        this.pdfSha256 = sha256;
        this.pdfSize = size;
    }

    public void revoke(String publicNote, String internalNote, Instant at) {
        status = CertificateStatus.REVOKED;
        this.publicNote = publicNote;
        this.internalNote = internalNote;
        statusChangedAt = at;
    }

    /** No longer the valid one; the caller writes this before the new certificate (one valid per trainee). */
    public void replaced(String reason, Instant at) {
        status = CertificateStatus.REPLACED;
        statusReason = reason;
        statusChangedAt = at;
    }

    public void replacedBy(long newId) {
        replacedById = newId;
    }

    public boolean isValid() {
        return status == CertificateStatus.VALID;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getSeries() {
        return series;
    }

    public int getYear() {
        return year;
    }

    public long getSequence() {
        return sequence;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getProgrammeTitle() {
        return programmeTitle;
    }

    public int getAcademicHours() {
        return academicHours;
    }

    public LocalDate getCohortStartsOn() {
        return cohortStartsOn;
    }

    public LocalDate getCohortEndsOn() {
        return cohortEndsOn;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public long getIssuedBy() {
        return issuedBy;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public String getSignatoryPosition() {
        return signatoryPosition;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public Long getReplacedById() {
        return replacedById;
    }

    public long getPdfFileId() {
        return pdfFileId;
    }

    public String getPdfSha256() {
        return pdfSha256;
    }

    public long getPdfSize() {
        return pdfSize;
    }

    public long getVersion() {
        return version;
    }
}
