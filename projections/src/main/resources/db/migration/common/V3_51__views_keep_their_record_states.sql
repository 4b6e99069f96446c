-- The own record and commissioning views word and count each event by the person's record as it
-- stood before it. They keep that record per person (the fold, as JSON, after the last event they
-- applied) instead of reading the person's whole stream from the event store for every event.
-- The views hold no such rows for the events they applied before, so they are emptied here (their
-- tokens and parked events go with the wiring's migration) and rebuild themselves from the event
-- store on the next start.
CREATE TABLE own_record_state (
    care_record_id  VARCHAR(36) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    state           TEXT        NOT NULL,
    CONSTRAINT pk_own_record_state PRIMARY KEY (care_record_id)
);

CREATE TABLE commissioning_record_state (
    care_record_id  VARCHAR(36) NOT NULL,
    sequence_number BIGINT      NOT NULL,
    state           TEXT        NOT NULL,
    CONSTRAINT pk_commissioning_record_state PRIMARY KEY (care_record_id)
);

DELETE FROM own_record_entry;
DELETE FROM own_record;
DELETE FROM commissioning_figure;
