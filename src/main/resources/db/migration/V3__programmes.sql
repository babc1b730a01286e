-- Programmes imported from content/ (issue #3). Every row keeps the id it has in the files ("code"), unique
-- within its programme, so a re-import finds it again: changed rows are updated in place and rows whose file
-- was removed are archived, never deleted, because trainees' progress and answers will point at them.

CREATE TABLE programme (
    id                          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                        VARCHAR(100) NOT NULL,
    title                       VARCHAR(200) NOT NULL,
    title_en                    VARCHAR(200) NOT NULL,
    description                 TEXT         NOT NULL,
    academic_hours              INT          NOT NULL,
    certificate_series          VARCHAR(8)   NOT NULL,
    min_attendance_percent      INT          NOT NULL,
    excused_count_as_attended   BOOLEAN      NOT NULL,
    all_assignments_required    BOOLEAN      NOT NULL,
    min_score_percent           INT          NOT NULL,
    rubric_scale_max            INT          NOT NULL,
    rubric_disagreement_percent INT          NOT NULL,
    final_brief_title           VARCHAR(200) NOT NULL,
    final_brief_markdown        MEDIUMTEXT   NOT NULL,
    content_hash                CHAR(64)     NOT NULL,   -- SHA-256 of what was imported: same files, no change
    imported_at                 DATETIME(3)  NOT NULL,
    version                     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_programme_code UNIQUE (code),
    CONSTRAINT uq_programme_series UNIQUE (certificate_series)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rubric_criterion (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id BIGINT       NOT NULL,
    code         VARCHAR(100) NOT NULL,
    position     INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    title_en     VARCHAR(200) NOT NULL,
    weight       INT          NOT NULL,
    levels       TEXT         NOT NULL,                 -- JSON array: the description of score 0, 1, ..., n
    archived     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_criterion UNIQUE (programme_id, code),
    CONSTRAINT fk_criterion_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_module (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id        BIGINT       NOT NULL,
    code                VARCHAR(100) NOT NULL,
    position            INT          NOT NULL,
    title               VARCHAR(200) NOT NULL,
    title_en            VARCHAR(200) NOT NULL,
    summary             TEXT         NOT NULL,
    assignment_code     VARCHAR(100) NOT NULL,
    assignment_title    VARCHAR(200) NOT NULL,
    assignment_markdown MEDIUMTEXT   NOT NULL,
    archived            BOOLEAN      NOT NULL DEFAULT FALSE,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_module UNIQUE (programme_id, code),
    CONSTRAINT fk_module_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_module_order ON course_module (programme_id, archived, position);

CREATE TABLE lesson (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id BIGINT       NOT NULL,
    module_id    BIGINT       NOT NULL,
    code         VARCHAR(100) NOT NULL,
    position     INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    minutes      INT          NOT NULL,
    markdown     MEDIUMTEXT   NOT NULL,
    source_file  VARCHAR(300) NOT NULL,
    archived     BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at   DATETIME(3)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_lesson UNIQUE (programme_id, code),
    CONSTRAINT fk_lesson_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES course_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_lesson_order ON lesson (module_id, archived, position);

CREATE TABLE self_check_question (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id BIGINT       NOT NULL,
    lesson_id    BIGINT       NOT NULL,
    code         VARCHAR(100) NOT NULL,
    position     INT          NOT NULL,
    text         TEXT         NOT NULL,
    explanation  TEXT         NOT NULL,
    options      TEXT         NOT NULL,                 -- JSON array of {text, correct}
    archived     BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_question UNIQUE (programme_id, code),
    CONSTRAINT fk_question_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_question_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_question_lesson ON self_check_question (lesson_id, archived, position);
