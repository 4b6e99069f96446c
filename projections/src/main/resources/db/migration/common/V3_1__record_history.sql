-- Record history: one row per event of a care record, in the record's own order.
-- what = the non-clinical account; clinical_detail = medical history, prognosis, clinical
-- summary and medication (the API shows it only to roles that may see clinical detail);
-- payload = the event itself (JSON), folded at query time for "the record as at".
CREATE TABLE record_history_event (
    care_record_id   VARCHAR(36)    NOT NULL,
    sequence_number  BIGINT         NOT NULL,
    event_type       VARCHAR(80)    NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    by_user          VARCHAR(200)   NOT NULL,
    by_role          VARCHAR(40)    NOT NULL,
    by_organisation  VARCHAR(40)    NOT NULL,
    what             VARCHAR(4000)  NOT NULL,
    clinical_detail  VARCHAR(8000),
    payload_type     VARCHAR(200)   NOT NULL,
    payload          VARCHAR(200000) NOT NULL,
    CONSTRAINT pk_record_history_event PRIMARY KEY (care_record_id, sequence_number)
);

CREATE INDEX ix_record_history_event_at ON record_history_event (care_record_id, occurred_at);
