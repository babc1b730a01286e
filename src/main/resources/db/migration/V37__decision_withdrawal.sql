-- A reviewer's decision taken back (a wrong button on a phone): the version waits for review again, and what was
-- decided, by whom and when stays here, so the answer's history still tells it.
CREATE TABLE decision_withdrawal (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id    BIGINT      NOT NULL,
    decision      VARCHAR(10) NOT NULL,
    decided_by    BIGINT      NULL,
    decided_at    DATETIME(3) NOT NULL,
    comment       TEXT        NULL,
    score         INT         NULL,
    withdrawn_by  BIGINT      NOT NULL,
    withdrawn_at  DATETIME(3) NOT NULL,
    CONSTRAINT fk_withdrawal_version FOREIGN KEY (version_id) REFERENCES submission_version (id),
    CONSTRAINT fk_withdrawal_decider FOREIGN KEY (decided_by) REFERENCES person (id),
    CONSTRAINT fk_withdrawal_person FOREIGN KEY (withdrawn_by) REFERENCES person (id),
    INDEX ix_withdrawal_version (version_id, withdrawn_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
