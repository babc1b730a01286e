-- Issue #20 points 5 and 6.
-- A revocation has two notes now: a public one, shown on the verification page, and an internal one for the
-- administrators. The reason typed before was one text the curator did not know would be public; it moves to the
-- internal note, and the public page of those old revocations says only that the certificate was revoked.
-- status_reason stays for a reissue's reason (never public).
ALTER TABLE certificate ADD COLUMN public_note VARCHAR(2000) NULL, ADD COLUMN internal_note VARCHAR(2000) NULL;
UPDATE certificate SET internal_note = status_reason, status_reason = NULL WHERE status = 'REVOKED';

-- The person's grammatical gender, for the words that fit them («прошла», «деактивирована»). Unknown (NULL) keeps
-- the neutral form; the pages suggest one from the patronymic where it tells.
ALTER TABLE person ADD COLUMN gender VARCHAR(6) NULL;
