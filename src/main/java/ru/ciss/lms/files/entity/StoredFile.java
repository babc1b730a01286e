package ru.ciss.lms.files.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ciss.lms.platform.time.SchoolClock;

/**
 * One distinct content in the file store. The file on disk is named by {@link #getSha256()}; two uploads of the same
 * bytes share it. Never updated: content-addressed rows cannot change.
 */
@Entity
@Table(name = "stored_file")
@NamedQuery(name = StoredFile.BY_HASH, query = "SELECT f FROM StoredFile f WHERE f.sha256 = :sha")
public class StoredFile {

    public static final String BY_HASH = "StoredFile.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String sha256;

    @Column(name = "size_bytes", updatable = false)
    private long size;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(String sha256, long size) {
        this.sha256 = sha256;
        this.size = size;
        this.createdAt = Instant.now(SchoolClock.current());
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }
}
