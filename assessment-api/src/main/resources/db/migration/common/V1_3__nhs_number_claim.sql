-- Which care record holds each NHS number. A row is inserted in the same transaction as the
-- record's first event, so the primary key makes the number unique across records, across
-- restarts and across concurrent registrations; a refused registration leaves no row.
CREATE TABLE nhs_number_claim (
    nhs_number     CHAR(10)    NOT NULL,
    care_record_id VARCHAR(36) NOT NULL,
    CONSTRAINT nhs_number_claim_pk PRIMARY KEY (nhs_number)
);
CREATE INDEX nhs_number_claim_record_idx ON nhs_number_claim (care_record_id);
