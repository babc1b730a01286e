-- The final presentation: the trainee's plan of a resource centre, the mentors allocated to score it, their rubric
-- scores, moderation, and personal invitation links for volunteer mentors (issue #6).

-- A cohort's presentation settings; no row means the defaults (two mentors, no due date, nothing released).
CREATE TABLE presentation_setup (
    cohort_id                BIGINT      NOT NULL PRIMARY KEY,
    mentors_per_presentation INT         NOT NULL DEFAULT 2,
    exclude_same_district    BOOLEAN     NOT NULL DEFAULT FALSE,
    due_at                   DATETIME(3) NULL,
    released_at              DATETIME(3) NULL,    -- results shown to trainees since then
    released_by              BIGINT      NULL,
    version                  BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_setup_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One trainee's plan in one cohort. Lists (services, funding, milestones) are small JSON arrays: they are always read
-- and written with the plan, never searched.
CREATE TABLE presentation (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id          BIGINT        NOT NULL,
    person_id          BIGINT        NOT NULL,
    state              VARCHAR(10)   NOT NULL,     -- DRAFT, SUBMITTED, RETURNED (editable again)
    district_id        INT           NULL,
    host_organisation  VARCHAR(300)  NULL,
    host_kind          VARCHAR(30)   NULL,         -- ADMINISTRATION_COMMITTEE, NGO, CULTURE, YOUTH_CHILDREN, OTHER
    target_groups      TEXT          NULL,
    growth_points      TEXT          NULL,
    services           TEXT          NULL,         -- JSON [{name, audience, frequency}]
    partners           TEXT          NULL,
    funding            TEXT          NULL,         -- JSON [{source, description, amount}]
    milestones         TEXT          NULL,         -- JSON [{month, text}]
    video_url          VARCHAR(500)  NULL,
    slides_file_id     BIGINT        NULL,
    slides_name        VARCHAR(255)  NULL,
    slides_type        VARCHAR(10)   NULL,
    slides_size        BIGINT        NULL,
    submitted_at       DATETIME(3)   NULL,
    returned_comment   TEXT          NULL,
    final_percent      DOUBLE        NULL,         -- from the mentors' totals; null until one has submitted
    flagged            BOOLEAN       NOT NULL DEFAULT FALSE,
    moderated_percent  DOUBLE        NULL,         -- set by an administrator; wins over final_percent
    moderation_reason  TEXT          NULL,
    moderated_by       BIGINT        NULL,
    moderated_at       DATETIME(3)   NULL,
    updated_at         DATETIME(3)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_presentation UNIQUE (cohort_id, person_id),
    CONSTRAINT fk_presentation_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_presentation_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_presentation_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_presentation_slides FOREIGN KEY (slides_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_presentation_moderator FOREIGN KEY (moderated_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_presentation_person ON presentation (person_id, cohort_id);
CREATE INDEX ix_presentation_slides ON presentation (slides_file_id);

-- Which mentors score which presentation.
CREATE TABLE presentation_mentor (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    presentation_id BIGINT      NOT NULL,
    mentor_id       BIGINT      NOT NULL,
    allocated_at    DATETIME(3) NOT NULL,
    allocated_by    BIGINT      NOT NULL,
    CONSTRAINT uq_presentation_mentor UNIQUE (presentation_id, mentor_id),
    CONSTRAINT fk_allocation_presentation FOREIGN KEY (presentation_id) REFERENCES presentation (id),
    CONSTRAINT fk_allocation_mentor FOREIGN KEY (mentor_id) REFERENCES person (id),
    CONSTRAINT fk_allocation_by FOREIGN KEY (allocated_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A mentor's queue and workload.
CREATE INDEX ix_allocation_mentor ON presentation_mentor (mentor_id, presentation_id);

-- One mentor's scores of one presentation: a draft until submitted, then final.
CREATE TABLE presentation_score (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    presentation_id BIGINT      NOT NULL,
    mentor_id       BIGINT      NOT NULL,
    scores          TEXT        NOT NULL,          -- JSON {criterion code: score}
    comment         TEXT        NULL,
    total_percent   DOUBLE      NULL,              -- once submitted
    submitted_at    DATETIME(3) NULL,
    updated_at      DATETIME(3) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_presentation_score UNIQUE (presentation_id, mentor_id),
    CONSTRAINT fk_score_presentation FOREIGN KEY (presentation_id) REFERENCES presentation (id),
    CONSTRAINT fk_score_mentor FOREIGN KEY (mentor_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a score or of a final result, never edited: who, when, what.
CREATE TABLE score_change (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    presentation_id BIGINT       NOT NULL,
    actor_id        BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,         -- SCORED, MODERATED, RETURNED, RELEASED
    detail          TEXT         NOT NULL,
    changed_at      DATETIME(3)  NOT NULL,
    CONSTRAINT fk_change_presentation FOREIGN KEY (presentation_id) REFERENCES presentation (id),
    CONSTRAINT fk_change_actor FOREIGN KEY (actor_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_change_presentation ON score_change (presentation_id, changed_at);

-- A personal link that signs one mentor in to their scoring queue only. Only the secret's SHA-256 is stored.
CREATE TABLE mentor_invitation (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    mentor_id   BIGINT      NOT NULL,
    cohort_id   BIGINT      NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    created_by  BIGINT      NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    revoked_at  DATETIME(3) NULL,
    used_at     DATETIME(3) NULL,                  -- last time it was opened
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_mentor FOREIGN KEY (mentor_id) REFERENCES person (id),
    CONSTRAINT fk_invitation_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_invitation_by FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_invitation_cohort ON mentor_invitation (cohort_id, mentor_id);
