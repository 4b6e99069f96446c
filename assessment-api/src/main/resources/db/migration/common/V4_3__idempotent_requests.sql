-- One row per (user, Idempotency-Key): the unique key is what lets only one of two racing
-- requests run; the other waits for the stored response and replays it.
CREATE TABLE idempotent_request (
    user_id           VARCHAR(64)  NOT NULL,
    idempotency_key   VARCHAR(128) NOT NULL,
    fingerprint       VARCHAR(64)  NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status   INTEGER,
    response_headers  VARCHAR(4000),
    response_body     VARCHAR(1000000),
    PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX idempotent_request_by_age ON idempotent_request (created_at);
