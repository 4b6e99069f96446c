-- District nursing: each team's worklist and every person's shared case history. A person
-- belongs to the team assigned to them; the practice code is kept so a team can also be shown
-- the population of the practices it serves.
CREATE TABLE dn_person (
    care_record_id    UUID         NOT NULL PRIMARY KEY,
    given_name        VARCHAR(200) NOT NULL,
    family_name       VARCHAR(200) NOT NULL,
    date_of_birth     DATE         NOT NULL,
    practice_code     VARCHAR(20)  NOT NULL,
    nursing_team_code VARCHAR(50),
    closed            BOOLEAN      NOT NULL
);
CREATE INDEX dn_person_team ON dn_person (nursing_team_code);
CREATE INDEX dn_person_practice ON dn_person (practice_code);

-- Joint assessments in progress that have no district nursing contribution yet.
CREATE TABLE dn_assessment_waiting (
    assessment_id         UUID         NOT NULL PRIMARY KEY,
    care_record_id        UUID         NOT NULL,
    referral_id           UUID         NOT NULL,
    lead_assessor_user_id VARCHAR(100) NOT NULL,
    started_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dn_assessment_waiting_record ON dn_assessment_waiting (care_record_id);

-- Packages in force with their nursing part summed (0 visits when they hold no district nursing:
-- kept anyway so a later change that adds nursing finds the package's status).
CREATE TABLE dn_package (
    package_id                UUID          NOT NULL PRIMARY KEY,
    care_record_id            UUID          NOT NULL,
    status                    VARCHAR(20)   NOT NULL,
    start_date                DATE          NOT NULL,
    nursing_visits_per_week   INT           NOT NULL,
    nursing_weekly_cost_pence BIGINT        NOT NULL,
    nursing_providers         VARCHAR(1000) NOT NULL,
    suspended_reason          VARCHAR(4000)
);
CREATE INDEX dn_package_record ON dn_package (care_record_id);

-- Hospital stays (from admission) and, once discharged, what the discharge asks of the district nurse.
CREATE TABLE dn_discharge (
    admission_id   UUID         NOT NULL PRIMARY KEY,
    care_record_id UUID         NOT NULL,
    hospital_name  VARCHAR(200) NOT NULL,
    admitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    discharged_at  TIMESTAMP WITH TIME ZONE,
    destination    VARCHAR(50)
);
CREATE INDEX dn_discharge_record ON dn_discharge (care_record_id);
CREATE INDEX dn_discharge_when ON dn_discharge (discharged_at);

CREATE TABLE dn_visit_request (
    admission_id UUID          NOT NULL,
    line_no      INT           NOT NULL,
    action_text  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (admission_id, line_no)
);

-- The shared case history: one plain-words entry per event on the record. Clinical detail
-- (clinical summary, medication changes, medical history, prognosis) is kept apart so the API
-- can leave it out for roles that must not see it.
CREATE TABLE dn_case_history (
    care_record_id       UUID           NOT NULL,
    sequence_number      BIGINT         NOT NULL,
    occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    by_user_id           VARCHAR(100)   NOT NULL,
    by_role              VARCHAR(30)    NOT NULL,
    by_organisation_code VARCHAR(50)    NOT NULL,
    kind                 VARCHAR(60)    NOT NULL,
    what                 VARCHAR(20000) NOT NULL,
    clinical_detail      VARCHAR(20000),
    PRIMARY KEY (care_record_id, sequence_number)
);
