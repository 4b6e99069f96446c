-- Test-only tables of the probe views in org.jointcare.api.views.ViewsReplayAndDeadLettersTest:
-- a streaming view that can be made to fail for one person, and a subscribing view with a
-- side effect that must not run again on replay.
CREATE TABLE dead_letter_probe (
    care_record_id   VARCHAR(36) NOT NULL,
    sequence_number  BIGINT      NOT NULL,
    event_type       VARCHAR(80) NOT NULL,
    CONSTRAINT pk_dead_letter_probe PRIMARY KEY (care_record_id, sequence_number)
);

CREATE TABLE replay_probe (
    care_record_id   VARCHAR(36) NOT NULL,
    sequence_number  BIGINT      NOT NULL,
    CONSTRAINT pk_replay_probe PRIMARY KEY (care_record_id, sequence_number)
);

CREATE TABLE replay_probe_notification (
    care_record_id   VARCHAR(36) NOT NULL,
    sequence_number  BIGINT      NOT NULL,
    CONSTRAINT pk_replay_probe_notification PRIMARY KEY (care_record_id, sequence_number)
);
