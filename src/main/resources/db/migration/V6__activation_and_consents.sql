-- One-time activation links and the consents of Russia's personal-data law, 152-FZ (issue #3).

-- Only the SHA-256 of a link's secret is stored: a copy of the database opens no account.
CREATE TABLE activation_link (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    closed_at   DATETIME(3) NULL,                  -- used, or replaced by a newer link
    closed_how  VARCHAR(10) NULL,                  -- USED or REPLACED
    CONSTRAINT uq_activation_token UNIQUE (token_hash),
    CONSTRAINT fk_activation_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_activation_person ON activation_link (person_id, closed_at);

-- A consent is given for one version of its text and may be withdrawn; rows are never deleted (they are evidence).
CREATE TABLE consent (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT      NOT NULL,
    kind         VARCHAR(20) NOT NULL,             -- PERSONAL_DATA, PUBLISH_NAME
    text_version VARCHAR(20) NOT NULL,
    given_at     DATETIME(3) NOT NULL,
    withdrawn_at DATETIME(3) NULL,
    CONSTRAINT fk_consent_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Has this person consented?" is asked on every study page.
CREATE INDEX ix_consent_person ON consent (person_id, kind, withdrawn_at);
CREATE INDEX ix_consent_kind ON consent (kind, withdrawn_at, person_id);
