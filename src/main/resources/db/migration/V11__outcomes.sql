-- Outcomes after graduation (issue #8): what each graduate achieved, with evidence, reported by the graduate or
-- entered by an administrator, and confirmed or questioned by an administrator. The grant-fund report and the
-- dashboard add them up; confirmed and only reported figures are always kept apart.
CREATE TABLE outcome (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id         BIGINT       NOT NULL,    -- the graduate
    cohort_id         BIGINT       NOT NULL,    -- the cohort they hold a certificate of
    kind              VARCHAR(24)  NOT NULL,    -- RESOURCE_CENTRE, ORGANISATION, SERVICE, FUNDS, EVENT
    happened_on       DATE         NOT NULL,    -- opened, registered, launched, received, held
    district_id       INT          NULL,
    name              VARCHAR(300) NULL,        -- of the centre, organisation, service or event
    host_organisation VARCHAR(300) NULL,        -- a resource centre's host
    legal_form        VARCHAR(24)  NULL,        -- NGO, SMALL_BUSINESS, MUNICIPAL, STRUCTURAL_UNIT, OTHER
    audience          VARCHAR(300) NULL,        -- a service's
    funding_source    VARCHAR(10)  NULL,        -- GRANT, SUBSIDY, SPONSOR, OTHER
    amount_roubles    BIGINT       NULL,
    people_reached    INT          NULL,        -- an event's
    evidence_file_id  BIGINT       NULL,
    evidence_name     VARCHAR(255) NULL,
    evidence_type     VARCHAR(10)  NULL,
    evidence_size     BIGINT       NULL,
    evidence_url      VARCHAR(500) NULL,
    state             VARCHAR(10)  NOT NULL,    -- REPORTED, CONFIRMED, QUESTIONED
    review_comment    TEXT         NULL,
    reported_by       BIGINT       NOT NULL,
    reported_at       DATETIME(3)  NOT NULL,
    reviewed_by       BIGINT       NULL,
    reviewed_at       DATETIME(3)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_outcome_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_outcome_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_outcome_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_outcome_evidence FOREIGN KEY (evidence_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_outcome_reporter FOREIGN KEY (reported_by) REFERENCES person (id),
    CONSTRAINT fk_outcome_reviewer FOREIGN KEY (reviewed_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The graduate's own list; the review queue by state; the dashboard and the report by cohort and kind.
CREATE INDEX ix_outcome_person ON outcome (person_id, happened_on);
CREATE INDEX ix_outcome_state ON outcome (state, reported_at);
CREATE INDEX ix_outcome_cohort ON outcome (cohort_id, kind, state);
CREATE INDEX ix_outcome_evidence ON outcome (evidence_file_id);
-- Reminders and the fund's report pick cohorts by the day they ended.
CREATE INDEX ix_cohort_ends ON cohort (ends_on);
