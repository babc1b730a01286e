-- Certificates (issue #7): the numbered register, its audit trail, and the cohort's own certificate rules.

-- The last number given in each series and year. Issuing locks the row (SELECT ... FOR UPDATE) and takes the next
-- numbers in the same transaction as the certificates: a rollback gives them back, so there is never a gap, and two
-- administrators issuing at once wait for each other instead of taking the same number.
CREATE TABLE certificate_counter (
    series      VARCHAR(8) NOT NULL,
    year        INT        NOT NULL,
    last_number BIGINT     NOT NULL,
    PRIMARY KEY (series, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One issued certificate. What is printed is copied here (name, programme, hours, dates, signatory), so that a later
-- change of a name or a programme never changes what a certificate says; a reissue makes a new row with a new number.
CREATE TABLE certificate (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number             VARCHAR(40)  NOT NULL,
    series             VARCHAR(8)   NOT NULL,
    year               INT          NOT NULL,
    sequence           BIGINT       NOT NULL,
    cohort_id          BIGINT       NOT NULL,
    person_id          BIGINT       NOT NULL,
    programme_id       BIGINT       NOT NULL,
    holder_name        VARCHAR(400) NOT NULL,
    programme_title    VARCHAR(200) NOT NULL,
    academic_hours     INT          NOT NULL,
    cohort_starts_on   DATE         NOT NULL,
    cohort_ends_on     DATE         NOT NULL,
    issued_on          DATE         NOT NULL,
    issued_at          DATETIME(3)  NOT NULL,
    issued_by          BIGINT       NOT NULL,
    signatory_name     VARCHAR(200) NOT NULL,
    signatory_position VARCHAR(200) NOT NULL,
    status             VARCHAR(10)  NOT NULL,   -- VALID, REVOKED, REPLACED
    status_changed_at  DATETIME(3)  NULL,
    status_reason      TEXT         NULL,
    replaces_id        BIGINT       NULL,
    replaced_by_id     BIGINT       NULL,
    pdf_file_id        BIGINT       NOT NULL,
    pdf_sha256         CHAR(64)     NOT NULL,
    pdf_size           BIGINT       NOT NULL,
    -- At most one valid certificate per trainee and cohort, kept by the database itself: null for the others.
    valid_holder       VARCHAR(41)  AS (CASE WHEN status = 'VALID' THEN CONCAT(cohort_id, ':', person_id) END) PERSISTENT,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_certificate_number UNIQUE (number),
    CONSTRAINT uq_certificate_sequence UNIQUE (series, year, sequence),
    CONSTRAINT uq_certificate_valid_holder UNIQUE (valid_holder),
    CONSTRAINT fk_certificate_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_certificate_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_certificate_issuer FOREIGN KEY (issued_by) REFERENCES person (id),
    CONSTRAINT fk_certificate_pdf FOREIGN KEY (pdf_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_certificate_replaces FOREIGN KEY (replaces_id) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_replaced_by FOREIGN KEY (replaced_by_id) REFERENCES certificate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The cohort's certificates page, the trainee's home, "is this exactly the PDF issued?", the register by date.
CREATE INDEX ix_certificate_cohort ON certificate (cohort_id, person_id, status);
CREATE INDEX ix_certificate_person ON certificate (person_id);
CREATE INDEX ix_certificate_hash ON certificate (pdf_sha256);
CREATE INDEX ix_certificate_issued ON certificate (issued_on, id);
CREATE INDEX ix_certificate_pdf ON certificate (pdf_file_id);

-- Everything that happened to a certificate: issued, revoked (with the reason), reissued (with the reason).
CREATE TABLE certificate_event (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    certificate_id BIGINT      NOT NULL,
    kind           VARCHAR(10) NOT NULL,        -- ISSUED, REVOKED, REISSUED
    reason         TEXT        NULL,
    by_person      BIGINT      NOT NULL,
    at             DATETIME(3) NOT NULL,
    CONSTRAINT fk_event_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT fk_event_person FOREIGN KEY (by_person) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_event_certificate ON certificate_event (certificate_id, at);

-- The cohort's own certificate rules; null: the programme's (content/). Attendance already has its override (V7).
ALTER TABLE cohort
    ADD COLUMN cert_assignments_required BOOLEAN NULL,
    ADD COLUMN cert_min_score_percent    INT     NULL;
