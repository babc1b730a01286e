-- Cohorts (one run of a programme), who is in them, and which lessons each trainee has studied (issue #3).

CREATE TABLE cohort (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    programme_id BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    starts_on    DATE         NOT NULL,
    ends_on      DATE         NOT NULL,
    status       VARCHAR(10)  NOT NULL,             -- PLANNED, ACTIVE, FINISHED
    created_at   DATETIME(3)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_cohort_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cohort_starts ON cohort (starts_on);

CREATE TABLE cohort_member (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    role        VARCHAR(10) NOT NULL,               -- TRAINEE or MENTOR
    enrolled_at DATETIME(3) NOT NULL,
    CONSTRAINT uq_cohort_member UNIQUE (cohort_id, person_id, role),
    CONSTRAINT fk_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_member_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "My cohorts" and "may this trainee open this lesson" look members up by person.
CREATE INDEX ix_member_person ON cohort_member (person_id, role, cohort_id);

CREATE TABLE lesson_progress (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id  BIGINT      NOT NULL,
    lesson_id  BIGINT      NOT NULL,
    studied_at DATETIME(3) NOT NULL,
    CONSTRAINT uq_progress UNIQUE (person_id, lesson_id),
    CONSTRAINT fk_progress_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_progress_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
