-- Issue #24, point 2: every certificate also as an Open Badges 3.0 credential, signed as a VC-JWT.

-- The school's signing keys (RSA, RS256). The newest unretired key signs; every key stays published in the JWKS so
-- that a credential signed before a rotation still verifies. The private key never leaves this table.
CREATE TABLE badge_key (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(40)   NOT NULL,
    public_key  VARBINARY(1024) NOT NULL,
    private_key VARBINARY(4096) NOT NULL,
    created_at  DATETIME(3)   NOT NULL,
    retired_at  DATETIME(3)   NULL,
    CONSTRAINT uq_badge_key_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a certificate's credential keeps from one download to the next: its id, the subject's id, and the salted
-- hash of the holder's e-mail as it was when the credential was first made (a later change of address does not
-- change a credential already handed out). The status list index is the certificate's id.
CREATE TABLE open_badge (
    certificate_id BIGINT      NOT NULL PRIMARY KEY,
    credential_id  CHAR(36)    NOT NULL,
    subject_id     CHAR(36)    NOT NULL,
    salt           VARCHAR(32) NOT NULL,
    email_hash     CHAR(71)    NOT NULL,
    created_at     DATETIME(3) NOT NULL,
    CONSTRAINT uq_open_badge_credential UNIQUE (credential_id),
    CONSTRAINT fk_open_badge_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
