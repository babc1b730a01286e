-- Issue #21: the sign-in limit held under parallel requests. One row per account key ('a:' + the e-mail as typed)
-- and per address ('i:' + the address) that has been tried; a sign-in locks its two rows (in key order, so two
-- sign-ins never wait for each other in a circle) while it counts recent failures and records its own attempt.
-- Parallel attempts, on one server or several, are thereby counted one after the other: at most the limit of
-- passwords is ever checked.
CREATE TABLE sign_in_gate (
    gate_key VARCHAR(260) NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
