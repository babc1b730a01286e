-- Issue #19: each membership's enrolment date is a real, editable date. enrolled_at keeps its column (attendance
-- reads it: a trainee is expected on days from its Omsk date on); an edit stores the start of the chosen day in
-- Omsk time. left_on: the last day a trainee was in the cohort, when they left; NULL while they stay. version:
-- two curators editing the same membership never overwrite each other.
ALTER TABLE cohort_member
    ADD COLUMN left_on DATE NULL,
    ADD COLUMN version INT NOT NULL DEFAULT 0;

-- The audit trail of enrolment dates: who changed which membership's dates, when, from what to what.
CREATE TABLE membership_change (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT      NOT NULL,
    enrolled_before DATE        NOT NULL,
    enrolled_after  DATE        NOT NULL,
    left_before     DATE        NULL,
    left_after      DATE        NULL,
    changed_by      BIGINT      NOT NULL,
    changed_at      DATETIME(3) NOT NULL,
    CONSTRAINT fk_membership_change_member FOREIGN KEY (member_id) REFERENCES cohort_member (id),
    CONSTRAINT fk_membership_change_person FOREIGN KEY (changed_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A membership's history is read by member, newest first.
CREATE INDEX ix_membership_change_member ON membership_change (member_id, changed_at);
