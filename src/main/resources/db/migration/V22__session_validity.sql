-- Issue #21: sessions end when what they were opened with is taken back. A session opened before this moment is
-- no longer honoured (deactivation, a password reset or change, a change of roles); every instance of a cluster
-- reads it here, so they all end the session at once.
ALTER TABLE person ADD COLUMN sessions_valid_from DATETIME(3) NULL;
