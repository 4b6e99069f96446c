-- The keys personal fields of events are encrypted under (org.jointcare.api.erasure.PersonalDataKeys):
-- one per stored event that carries personal data, grouped by the person's record. Each is an
-- AES-256 key wrapped (AES-GCM) by the operator's master key, which is never in the database.
-- Deleting a record's rows erases the person (crypto-shredding); deleting one row shreds one entry.
CREATE TABLE personal_data_key (
    key_id         VARCHAR(36)  NOT NULL,
    care_record_id VARCHAR(36)  NOT NULL,
    master_key_id  VARCHAR(16)  NOT NULL,
    wrapped_key    VARCHAR(200) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT personal_data_key_pk PRIMARY KEY (key_id)
);
CREATE INDEX personal_data_key_by_record ON personal_data_key (care_record_id);
