-- Training sessions, their days, attendance marks with their history, calendar feeds and check-in (issue #4).

CREATE TABLE training_session (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    format      VARCHAR(10)  NOT NULL,              -- IN_PERSON, ONLINE, MIXED
    place       VARCHAR(300) NULL,
    link        VARCHAR(500) NULL,
    created_at  DATETIME(3)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_session_cohort ON training_session (cohort_id);

-- Times are the school's local time (Asia/Omsk): a session day is planned and lived in Omsk.
CREATE TABLE session_day (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id  BIGINT      NOT NULL,
    day         DATE        NOT NULL,
    starts_at   TIME        NOT NULL,
    ends_at     TIME        NOT NULL,
    agenda      TEXT        NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_session_day UNIQUE (session_id, day),
    CONSTRAINT fk_day_session FOREIGN KEY (session_id) REFERENCES training_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_day_date ON session_day (day);

-- No row means "not marked"; a trainee enrolled after the day is "not expected" (derived, never stored).
CREATE TABLE attendance_mark (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    day_id      BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    status      VARCHAR(10)  NOT NULL,              -- PRESENT, LATE, EXCUSED, ABSENT
    reason      VARCHAR(300) NULL,                  -- why excused
    noted_at    DATETIME(3)  NOT NULL,              -- when marked; for a check-in, the time of the scan
    marked_by   BIGINT       NOT NULL,
    source      VARCHAR(10)  NOT NULL,              -- GRID or CHECK_IN
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_mark UNIQUE (day_id, person_id),
    CONSTRAINT fk_mark_day FOREIGN KEY (day_id) REFERENCES session_day (id),
    CONSTRAINT fk_mark_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mark_person ON attendance_mark (person_id, day_id);

-- The audit trail: every change of a mark, who made it, when, from what to what. Never updated or deleted.
CREATE TABLE attendance_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    day_id      BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    from_status VARCHAR(10)  NULL,
    to_status   VARCHAR(10)  NOT NULL,
    reason      VARCHAR(300) NULL,
    changed_by  BIGINT       NOT NULL,
    changed_at  DATETIME(3)  NOT NULL,
    source      VARCHAR(10)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_change_mark ON attendance_change (day_id, person_id, changed_at);

-- Personal iCalendar feeds: only the SHA-256 of the secret in the address is kept; revoked feeds answer 404.
CREATE TABLE calendar_feed (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    revoked_at  DATETIME(3) NULL,
    CONSTRAINT uq_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_feed_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_feed_person ON calendar_feed (person_id, revoked_at);

-- Secrets the server makes for itself on first use (the check-in signing key), so they survive restarts.
CREATE TABLE server_secret (
    name        VARCHAR(40)   NOT NULL PRIMARY KEY,
    secret      VARBINARY(64) NOT NULL,
    created_at  DATETIME(3)   NOT NULL
) ENGINE = InnoDB;

-- A cohort may override its programme's attendance rule (NULL: the programme's).
ALTER TABLE cohort
    ADD COLUMN attendance_min_percent    INT     NULL,
    ADD COLUMN attendance_excused_counts BOOLEAN NULL,
    ADD COLUMN late_after_minutes        INT     NULL;

-- Check-ins with a code: a code captured offline and submitted later is accepted once, for one person only
-- (a code forwarded to someone who was not in the room is refused).
CREATE TABLE check_in_use (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    day_id      BIGINT      NOT NULL,
    slot        BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    late_sent   BOOLEAN     NOT NULL,               -- sent well after the code's time: captured offline
    used_at     DATETIME(3) NOT NULL,
    CONSTRAINT fk_use_day FOREIGN KEY (day_id) REFERENCES session_day (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_use_code ON check_in_use (day_id, slot, late_sent);
