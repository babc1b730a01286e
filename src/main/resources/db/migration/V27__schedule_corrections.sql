-- Sessions and days can be corrected (issue #20). A day with nothing recorded is deleted; a day with marks or
-- check-ins is cancelled instead, with its reason, so the records stay and the day leaves every attendance figure.
ALTER TABLE session_day
    ADD COLUMN cancelled_at  DATETIME(3)  NULL,
    ADD COLUMN cancel_reason VARCHAR(500) NULL;
