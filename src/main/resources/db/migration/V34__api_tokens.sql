-- Personal API tokens of administrators (/api/v1): only the SHA-256 of the secret is kept; the secret is shown once.
-- scope: READ (GET only) or WRITE (also changes). A token ends at expires_at or when revoked.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    scope        VARCHAR(10)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    last_used_at DATETIME(3)  NULL,
    revoked_at   DATETIME(3)  NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_api_token UNIQUE (token_hash),
    CONSTRAINT fk_api_token_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_api_token_person ON api_token (person_id, revoked_at);
