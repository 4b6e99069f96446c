-- Carers' assessments (Care Act 2014 s.10) waiting to be carried out, on the linkworker's caseload.
-- Each row carries its person's practice and linkworker, as every caseload list does, so a page is
-- read off one index per practice or linkworker in the list's order (the oldest request first).
-- No carer's assessment was recorded before this change, so the table starts empty and the view
-- needs no rebuild.
CREATE TABLE caseload_carers_assessment (
    carers_assessment_id  UUID          NOT NULL PRIMARY KEY,
    care_record_id        UUID          NOT NULL,
    carer_name            VARCHAR       NOT NULL,
    carer_relationship    VARCHAR       NOT NULL,
    carer_contact         VARCHAR,
    requested_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by          VARCHAR(100)  NOT NULL,
    practice_code         VARCHAR(20),
    linkworker_user_id    VARCHAR(100)
);
CREATE INDEX caseload_carers_assessment_record ON caseload_carers_assessment (care_record_id);
CREATE INDEX caseload_carers_assessment_practice_order
    ON caseload_carers_assessment (practice_code, requested_at, carers_assessment_id);
CREATE INDEX caseload_carers_assessment_linkworker_order
    ON caseload_carers_assessment (linkworker_user_id, requested_at, carers_assessment_id);
