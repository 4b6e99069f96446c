-- Where a practice's clinical system takes FHIR messages (null: the practice signs in and reads
-- its inbox). Set by whoever feeds the directory; see docs/operations.md.
ALTER TABLE practice ADD COLUMN delivery_endpoint VARCHAR(2000);

-- The outbox of admission and discharge notices to practices' systems. A row is written in the
-- transaction of the command that raised the notice, and only then: it is not a view, no rebuild
-- or replay writes it again. The sender claims a row (claimed_by, claimed_until) before each
-- attempt, so of several nodes only one sends it at a time.
CREATE TABLE delivery_outbox (
    message_id      UUID          NOT NULL,
    notice_kind     VARCHAR(20)   NOT NULL,
    admission_id    UUID          NOT NULL,
    care_record_id  UUID          NOT NULL,
    practice_code   VARCHAR(20)   NOT NULL,
    hospital_code   VARCHAR(32),
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- PENDING, RETRYING, SENT or GIVEN_UP (org.jointcare.api.delivery.DeliveryStatus)
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    -- since when it has been tried: the raising, or an operator's retry; giving up counts from here
    queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    sent_at         TIMESTAMP WITH TIME ZONE,
    given_up_at     TIMESTAMP WITH TIME ZONE,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    claimed_by      VARCHAR(200),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT delivery_outbox_pk PRIMARY KEY (message_id),
    CONSTRAINT delivery_outbox_notice_uq UNIQUE (admission_id, notice_kind)
);
CREATE INDEX delivery_outbox_due_idx ON delivery_outbox (status, next_attempt_at);
CREATE INDEX delivery_outbox_care_record_idx ON delivery_outbox (care_record_id);
CREATE INDEX delivery_outbox_hospital_idx ON delivery_outbox (hospital_code, raised_at);
