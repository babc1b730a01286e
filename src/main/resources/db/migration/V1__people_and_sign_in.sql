-- People, their districts and organisations, and failed sign-ins (for throttling).
-- utf8mb4 everywhere: names keep ё and any other letter.

CREATE TABLE district (
    id          INT          NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name_ru     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,          -- MUNICIPAL_DISTRICT or CITY
    CONSTRAINT uq_district_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_organisation_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    surname         VARCHAR(100) NOT NULL,
    given_name      VARCHAR(100) NOT NULL,
    patronymic      VARCHAR(100) NULL,
    email           VARCHAR(254) NOT NULL,      -- stored lower-case; the collation makes it unique case-insensitively
    phone           VARCHAR(40)  NULL,
    district_id     INT          NULL,
    organisation_id BIGINT       NULL,
    position        VARCHAR(200) NULL,
    language        VARCHAR(2)   NOT NULL DEFAULT 'ru',
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash   VARCHAR(300) NULL,          -- PBKDF2-SHA512; NULL: cannot sign in until a password is set
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT fk_person_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The people list sorts by name and filters by district.
CREATE INDEX ix_person_name ON person (surname, given_name, patronymic);
CREATE INDEX ix_person_district ON person (district_id, surname);

CREATE TABLE person_role (
    person_id   BIGINT      NOT NULL,
    role        VARCHAR(20) NOT NULL,           -- TRAINEE, MENTOR, ADMINISTRATOR
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_person_role_role ON person_role (role, person_id);

CREATE TABLE sign_in_failure (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_key VARCHAR(254) NOT NULL,          -- the e-mail as typed, lower-case; kept even when no such account exists
    address     VARCHAR(64)  NOT NULL,
    failed_at   DATETIME(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sign_in_failure_account ON sign_in_failure (account_key, failed_at);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (address, failed_at);
