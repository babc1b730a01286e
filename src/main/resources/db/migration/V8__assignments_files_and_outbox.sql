-- Assignments with their versions and reviews, the shared file store's index, and the e-mail outbox (issue #5).

-- One row per distinct content in the file store; the file on disk is named by the hash. The row is written only
-- after the file has been renamed into place, so a row never points at a missing or half-written file.
CREATE TABLE stored_file (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    sha256      CHAR(64)    NOT NULL,
    size_bytes  BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    CONSTRAINT uq_stored_file_sha UNIQUE (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A module's assignment in one cohort: when it is due and what happens after. No row: no due date, always open.
CREATE TABLE assignment_due (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT      NOT NULL,
    module_id   BIGINT      NOT NULL,
    due_at      DATETIME(3) NOT NULL,
    late_rule   VARCHAR(10) NOT NULL,               -- ACCEPT (late answers flagged) or CLOSE (refused after cutoff)
    cutoff_at   DATETIME(3) NULL,                   -- for CLOSE; null means the due time itself
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_assignment_due UNIQUE (cohort_id, module_id),
    CONSTRAINT fk_due_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_due_module FOREIGN KEY (module_id) REFERENCES course_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The due-soon reminder looks for assignments due within the next two days.
CREATE INDEX ix_due_at ON assignment_due (due_at);

-- A trainee's answer to one module's assignment in one cohort: the current draft and the state of the latest version.
CREATE TABLE submission (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id       BIGINT      NOT NULL,
    module_id       BIGINT      NOT NULL,
    person_id       BIGINT      NOT NULL,
    state           VARCHAR(10) NOT NULL,           -- DRAFT, SUBMITTED, RETURNED, ACCEPTED
    draft_text      TEXT        NULL,
    versions        INT         NOT NULL DEFAULT 0, -- how many versions were submitted
    submitted_at    DATETIME(3) NULL,               -- of the latest version
    late            BOOLEAN     NOT NULL DEFAULT FALSE,
    score           INT         NULL,               -- of the latest decision, when the reviewer gave one
    updated_at      DATETIME(3) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_submission UNIQUE (cohort_id, module_id, person_id),
    CONSTRAINT fk_submission_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_submission_module FOREIGN KEY (module_id) REFERENCES course_module (id),
    CONSTRAINT fk_submission_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The review queue filters a cohort's submissions by state and module; the trainee's home looks up by person.
CREATE INDEX ix_submission_queue ON submission (cohort_id, state, module_id, submitted_at);
CREATE INDEX ix_submission_person ON submission (person_id, cohort_id);

-- Every submitted version, never changed by the trainee again; the reviewer's decision is written onto it.
CREATE TABLE submission_version (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT      NOT NULL,
    number        INT         NOT NULL,
    answer_text   TEXT        NULL,
    submitted_at  DATETIME(3) NOT NULL,
    late          BOOLEAN     NOT NULL,
    decision      VARCHAR(10) NULL,                 -- ACCEPTED or RETURNED; null while waiting for review
    decided_by    BIGINT      NULL,
    decided_at    DATETIME(3) NULL,
    comment       TEXT        NULL,
    score         INT         NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_submission_version UNIQUE (submission_id, number),
    CONSTRAINT fk_version_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_version_reviewer FOREIGN KEY (decided_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Files of a submission: the trainee's (in the draft while version_id is null) and the reviewer's feedback files.
CREATE TABLE submission_file (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submission_id  BIGINT       NOT NULL,
    version_id     BIGINT       NULL,
    role           VARCHAR(10)  NOT NULL,           -- ANSWER or FEEDBACK
    stored_file_id BIGINT       NOT NULL,
    name           VARCHAR(255) NOT NULL,           -- sanitised original name, shown and offered on download
    file_type      VARCHAR(10)  NOT NULL,           -- the type found in the content
    size_bytes     BIGINT       NOT NULL,
    uploaded_by    BIGINT       NOT NULL,
    uploaded_at    DATETIME(3)  NOT NULL,
    CONSTRAINT fk_file_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_file_version FOREIGN KEY (version_id) REFERENCES submission_version (id),
    CONSTRAINT fk_file_stored FOREIGN KEY (stored_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_file_uploader FOREIGN KEY (uploaded_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_file_submission ON submission_file (submission_id, version_id);

-- Every e-mail the app means to send, written in the transaction of the event that causes it. A message with a
-- dedupe key (a reminder, a warning) is written at most once: the unique key refuses the second.
CREATE TABLE outbox_message (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(30)  NOT NULL,
    person_id       BIGINT       NULL,
    recipient       VARCHAR(254) NOT NULL,
    recipient_name  VARCHAR(300) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    dedupe_key      VARCHAR(120) NULL,
    state           VARCHAR(10)  NOT NULL,          -- PENDING, SENT, FAILED
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)  NOT NULL,
    claimed_until   DATETIME(3)  NULL,              -- a sender holds it until then; nobody else sends it meanwhile
    last_error      VARCHAR(500) NULL,
    created_at      DATETIME(3)  NOT NULL,
    sent_at         DATETIME(3)  NULL,
    CONSTRAINT uq_outbox_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_outbox_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_due ON outbox_message (state, next_attempt_at);
CREATE INDEX ix_outbox_person ON outbox_message (person_id, created_at);

-- Optional notices a person has switched off (mandatory ones cannot be).
CREATE TABLE notice_opt_out (
    person_id BIGINT      NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    PRIMARY KEY (person_id, kind),
    CONSTRAINT fk_optout_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
