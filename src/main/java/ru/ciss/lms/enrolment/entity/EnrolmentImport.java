package ru.ciss.lms.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * One CSV import into a cohort: the memberships it created carry its id, so that an import into the wrong cohort
 * can be undone. Kept after undoing, with who undid it and when.
 */
@Entity
@Table(name = "enrolment_import")
public class EnrolmentImport implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", updatable = false)
    private long cohortId;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "imported_by", updatable = false)
    private long importedBy;

    @Column(name = "imported_at", updatable = false)
    private Instant importedAt;

    private int enrolled;

    @Column(name = "undone_by")
    private Long undoneBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    protected EnrolmentImport() {
    }

    public EnrolmentImport(long cohortId, String fileName, long importedBy) {
        this.cohortId = cohortId;
        this.fileName = fileName == null || fileName.isBlank() ? null
                : fileName.strip().substring(0, Math.min(255, fileName.strip().length()));
        this.importedBy = importedBy;
        this.importedAt = Instant.now(SchoolClock.current());
    }

    public void setEnrolled(int enrolled) {
        this.enrolled = enrolled;
    }

    public void undone(long by) {
        this.undoneBy = by;
        this.undoneAt = Instant.now(SchoolClock.current());
    }

    public Long getId() {
        return id;
    }

    public long getCohortId() {
        return cohortId;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }
}
