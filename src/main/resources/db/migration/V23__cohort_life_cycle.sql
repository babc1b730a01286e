-- Issue #20, point 1: a curator corrects cohorts. cohort.status gains ARCHIVED (the column is VARCHAR(10), no
-- change needed): an archived cohort leaves every list but stays reachable by its address.

-- Each CSV import into a cohort, with who made it, so that it can be undone: the memberships it created point to
-- it (import_id); undoing removes those memberships, when nothing has been recorded for them since, and keeps
-- the import's row with when and by whom it was undone.
CREATE TABLE enrolment_import (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cohort_id   BIGINT       NOT NULL,
    file_name   VARCHAR(255) NULL,
    imported_by BIGINT       NOT NULL,
    imported_at DATETIME(3)  NOT NULL,
    enrolled    INT          NOT NULL,
    undone_by   BIGINT       NULL,
    undone_at   DATETIME(3)  NULL,
    CONSTRAINT fk_enrolment_import_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_enrolment_import_by FOREIGN KEY (imported_by) REFERENCES person (id),
    CONSTRAINT fk_enrolment_import_undone_by FOREIGN KEY (undone_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The cohort page lists a cohort's imports, newest first.
CREATE INDEX ix_enrolment_import_cohort ON enrolment_import (cohort_id, imported_at);

ALTER TABLE cohort_member
    ADD COLUMN import_id BIGINT NULL,
    ADD CONSTRAINT fk_cohort_member_import FOREIGN KEY (import_id) REFERENCES enrolment_import (id);
