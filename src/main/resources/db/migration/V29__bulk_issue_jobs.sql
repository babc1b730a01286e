-- Issue #21, point 15: a bulk certificate issue is a job in the database, not in one server's memory, so that every
-- instance of a cluster shows its progress, a second start is refused on any instance, and a job whose server stopped
-- is carried on (by the next server that notices) or reported, never forgotten half-done.

CREATE TABLE certificate_bulk_job (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id         BIGINT        NOT NULL,
    -- The cohort's id while the job runs, NULL once it has finished: at most one running job per cohort.
    running_cohort_id BIGINT        NULL,
    -- Decided once, when the job starts: every batch prints this date and takes numbers of its year, even when the
    -- job runs past midnight of 31 December.
    issued_on         DATE          NOT NULL,
    series            VARCHAR(8)    NOT NULL,
    counter_year      INT           NOT NULL,
    started_by        BIGINT        NOT NULL,
    -- The public address the QR codes and e-mails point to, as configured when the job started.
    base_url          VARCHAR(500)  NOT NULL,
    total             INT           NOT NULL,
    done              INT           NOT NULL DEFAULT 0,
    issued            INT           NOT NULL DEFAULT 0,
    passed_over       INT           NOT NULL DEFAULT 0,
    refused           INT           NOT NULL DEFAULT 0,
    first_number      VARCHAR(64)   NULL,
    last_number       VARCHAR(64)   NULL,
    failure_key       VARCHAR(100)  NULL,
    failure_args      VARCHAR(1000) NULL,
    started_at        DATETIME(3)   NOT NULL,
    finished_at       DATETIME(3)   NULL,
    -- Who works on it: a token per run; the heartbeat (database time) moves with every batch. A running job whose
    -- heartbeat stands still has lost its server and may be claimed by another run.
    runner            VARCHAR(64)   NULL,
    heartbeat_at      DATETIME(3)   NULL,
    resumed           INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_bulk_job_running UNIQUE (running_cohort_id),
    CONSTRAINT fk_bulk_job_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_bulk_job_by FOREIGN KEY (started_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_bulk_job_cohort ON certificate_bulk_job (cohort_id, id);
CREATE INDEX ix_bulk_job_heartbeat ON certificate_bulk_job (running_cohort_id, heartbeat_at);

-- Whom a job is to issue to, in order, and what became of each: ISSUED, PASSED_OVER (not eligible any more, or
-- already holding one) or REFUSED (with the reason, e.g. a name that does not fit the form).
CREATE TABLE certificate_bulk_person (
    job_id      BIGINT       NOT NULL,
    position    INT          NOT NULL,
    person_id   BIGINT       NOT NULL,
    outcome     VARCHAR(16)  NULL,
    number      VARCHAR(64)  NULL,
    refusal_key VARCHAR(100) NULL,
    PRIMARY KEY (job_id, position),
    CONSTRAINT fk_bulk_person_job FOREIGN KEY (job_id) REFERENCES certificate_bulk_job (id),
    CONSTRAINT fk_bulk_person_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
