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
import ru.ciss.lms.files.FileType;
import ru.ciss.lms.files.StoredRef;
import ru.ciss.lms.platform.time.SchoolClock;

/** A file of a submission: in the draft while it has no version, then part of that version for ever. */
@Entity
@Table(name = "submission_file")
public class SubmissionFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", updatable = false)
    private long submissionId;

    @Column(name = "version_id")
    private Long versionId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private FileRole role;

    @Column(name = "stored_file_id", updatable = false)
    private long storedFileId;

    @Column(updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", updatable = false)
    private FileType type;

    @Column(name = "size_bytes", updatable = false)
    private long size;

    @Column(name = "uploaded_by", updatable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", updatable = false)
    private Instant uploadedAt;

    protected SubmissionFile() {
    }

    public SubmissionFile(long submissionId, Long versionId, FileRole role, StoredRef stored, String name,
                          FileType type, long uploadedBy) {
        this(submissionId, versionId, role, stored.id(), stored.size(), name, type, uploadedBy);
    }

    private SubmissionFile(long submissionId, Long versionId, FileRole role, long storedFileId, long size, String name,
                           FileType type, long uploadedBy) {
        this.submissionId = submissionId;
        this.versionId = versionId;
        this.role = role;
        this.storedFileId = storedFileId;
        this.name = name;
        this.type = type;
        this.size = size;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now(SchoolClock.current());
    }

    /** The same content in the next draft, so a returned answer is revised rather than rebuilt. */
    public SubmissionFile copyIntoDraft() {
        return new SubmissionFile(submissionId, null, role, storedFileId, size, name, type, uploadedBy);
    }

    public void attachTo(long version) {
        versionId = version;
    }

    public Long getId() {
        return id;
    }

    public long getSubmissionId() {
        return submissionId;
    }

    public Long getVersionId() {
        return versionId;
    }

    public FileRole getRole() {
        return role;
    }

    /** The file store's id of the content (FileStore.stored gives the rest). */
    public long getStoredFileId() {
        return storedFileId;
    }

    public String getName() {
        return name;
    }

    public FileType getType() {
        return type;
    }

    public long getSize() {
        return size;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
