-- Issue #21, point 5: limits that hold across a cluster, kept in the database every instance shares.

-- The public verification's token bucket per client address, as the moment (epoch milliseconds) the bucket is full
-- again; a row whose moment has passed is as good as no row, so old rows are deleted now and then.
CREATE TABLE throttle_bucket (
    bucket_key VARCHAR(100) NOT NULL PRIMARY KEY,
    full_at    BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_bucket_full ON throttle_bucket (full_at);

-- Typed check-in codes tried per trainee per day: a guess is counted before the code is checked (and given back when
-- the code was right), so parallel guesses on any number of instances never exceed the day's limit.
CREATE TABLE check_in_guess (
    person_id BIGINT NOT NULL,
    day       DATE   NOT NULL,
    attempts  INT    NOT NULL,
    PRIMARY KEY (person_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
