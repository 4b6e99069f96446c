-- The person's own record, in plain words: what stands now (own_record) and what has happened
-- (own_record_entry, one line per event that means something to the person).
CREATE TABLE own_record (
    care_record_id   VARCHAR(36)   NOT NULL,
    name             VARCHAR(300)  NOT NULL,
    about_you        VARCHAR(4000) NOT NULL,
    consent_text     VARCHAR(2000),
    package_text     VARCHAR(8000),
    hospital_text    VARCHAR(2000),
    review_due_from  DATE,
    review_due_by    DATE,
    closed_text      VARCHAR(1000),
    CONSTRAINT pk_own_record PRIMARY KEY (care_record_id)
);

CREATE TABLE own_record_entry (
    care_record_id   VARCHAR(36)   NOT NULL,
    sequence_number  BIGINT        NOT NULL,
    happened_on      DATE          NOT NULL,
    heading          VARCHAR(100)  NOT NULL,
    text             VARCHAR(8000) NOT NULL,
    CONSTRAINT pk_own_record_entry PRIMARY KEY (care_record_id, sequence_number)
);
