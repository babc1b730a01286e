-- Every answer a trainee gives to a self-check question (issue #3). Kept for the trainee's own record; it does
-- not count towards the certificate.
CREATE TABLE self_check_attempt (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT       NOT NULL,
    question_id BIGINT       NOT NULL,
    answer      VARCHAR(1000) NOT NULL,
    correct     BOOLEAN      NOT NULL,
    answered_at DATETIME(3)  NOT NULL,
    CONSTRAINT fk_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_attempt_question FOREIGN KEY (question_id) REFERENCES self_check_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attempt_person_question ON self_check_attempt (person_id, question_id, answered_at);
