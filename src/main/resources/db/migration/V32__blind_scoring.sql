-- Blind scoring (issues #6 and #22): mentors see a presentation's code («П-017»), not the trainee's name, district or
-- cohort, unless the programme's rubric says `scoring: open`.

-- From programme.yaml `rubric.scoring`: TRUE for `open`; blind (FALSE) is the default.
ALTER TABLE programme ADD COLUMN scoring_open BOOLEAN NOT NULL DEFAULT FALSE;

-- The presentation's anonymous number within its cohort, shown as «П-017». Drawn at random among the numbers the
-- cohort has not used (PresentationRules.giveCodes), so it says nothing about the person, their id or the order of
-- submission; null until first needed (an allocation, the administrators' list or a mentor's queue).
ALTER TABLE presentation ADD COLUMN blind_code INT NULL;
ALTER TABLE presentation ADD CONSTRAINT uq_presentation_code UNIQUE (cohort_id, blind_code);

-- The presentations already there: numbers 1..n of their cohort, given in random order.
UPDATE presentation p JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY cohort_id ORDER BY RAND()) AS n
                            FROM presentation) r ON r.id = p.id
SET p.blind_code = r.n;
