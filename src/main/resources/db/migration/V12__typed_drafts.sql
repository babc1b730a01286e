-- Typed work kept while it is typed (issue #18): the text of a long field (an answer, a plan, a review or scoring
-- comment, an outcome's description), saved by the page a few seconds after each change and on leaving the field,
-- so that it survives an expired view, an expired session, a server restart and the loss of a cluster instance.
-- One row per person and field; the page offers it back until the form itself is saved.
CREATE TABLE typed_draft (
    person_id  BIGINT       NOT NULL,
    draft_key  VARCHAR(120) NOT NULL,   -- the page's field and record, e.g. assignment:module=12
    body       MEDIUMTEXT   NOT NULL,
    saved_at   DATETIME(3)  NOT NULL,
    PRIMARY KEY (person_id, draft_key),
    CONSTRAINT fk_typed_draft_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The oldest of a person's drafts goes first when they reach the limit.
CREATE INDEX ix_typed_draft_age ON typed_draft (person_id, saved_at);
