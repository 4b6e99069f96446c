-- The Adult Social Care Client Level Data (CLD) return, kept as its rows as the events happen
-- (org.jointcare.views.clientleveldata). A new view: it has no token yet, so it builds itself from
-- the event store on its first start.

-- One row of the return per request, assessment, service or review (and per carer's assessment, on the
-- carer's own row). The columns the return is selected by are columns; the rest of the row, in the
-- return's own column names, is kept as JSON in row_values.
CREATE TABLE cld_row (
    event_reference VARCHAR(80)  NOT NULL,
    care_record_id  VARCHAR(36)  NOT NULL,
    locality        VARCHAR(100) NOT NULL,
    event_type      VARCHAR(16)  NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE,
    row_values      TEXT         NOT NULL,
    CONSTRAINT pk_cld_row PRIMARY KEY (event_reference)
);
CREATE INDEX cld_row_care_record_idx ON cld_row (care_record_id);
CREATE INDEX cld_row_dates_idx ON cld_row (start_date, end_date);

-- Each person's record as this view last folded it (KeptCareRecordStates); no query reads it.
CREATE TABLE cld_record_state (
    care_record_id  VARCHAR(36) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    state           TEXT        NOT NULL,
    CONSTRAINT pk_cld_record_state PRIMARY KEY (care_record_id)
);
