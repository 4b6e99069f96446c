-- Linkworker caseload: what is open for each person, reachable per linkworker (allocation or
-- lead assessor) and per practice. Rows leave when the work is done, so every table holds only
-- what a linkworker still has to act on (discharges stay and are filtered by date at query time).
CREATE TABLE caseload_person (
    care_record_id     UUID         NOT NULL PRIMARY KEY,
    given_name         VARCHAR(200) NOT NULL,
    family_name        VARCHAR(200) NOT NULL,
    practice_code      VARCHAR(20)  NOT NULL,
    linkworker_user_id VARCHAR(100),
    closed             BOOLEAN      NOT NULL
);
CREATE INDEX caseload_person_practice ON caseload_person (practice_code);
CREATE INDEX caseload_person_linkworker ON caseload_person (linkworker_user_id);

CREATE TABLE caseload_referral (
    referral_id                 UUID          NOT NULL PRIMARY KEY,
    care_record_id              UUID          NOT NULL,
    source                      VARCHAR(30)   NOT NULL,
    requester_name              VARCHAR(200)  NOT NULL,
    requester_organisation_code VARCHAR(50),
    reason                      VARCHAR(4000) NOT NULL,
    urgency                     VARCHAR(20)   NOT NULL,
    received_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    respond_by                  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX caseload_referral_record ON caseload_referral (care_record_id);

CREATE TABLE caseload_assessment (
    assessment_id                UUID         NOT NULL PRIMARY KEY,
    care_record_id               UUID         NOT NULL,
    referral_id                  UUID         NOT NULL,
    lead_assessor_user_id        VARCHAR(100) NOT NULL,
    started_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    social_care_contributed      BOOLEAN      NOT NULL,
    district_nursing_contributed BOOLEAN      NOT NULL,
    gp_contributed               BOOLEAN      NOT NULL,
    occupational_therapy_contributed BOOLEAN  NOT NULL,
    other_contributed            BOOLEAN      NOT NULL
);
CREATE INDEX caseload_assessment_record ON caseload_assessment (care_record_id);
CREATE INDEX caseload_assessment_lead ON caseload_assessment (lead_assessor_user_id);

CREATE TABLE caseload_package (
    package_id                UUID          NOT NULL PRIMARY KEY,
    care_record_id            UUID          NOT NULL,
    status                    VARCHAR(20)   NOT NULL,
    start_date                DATE          NOT NULL,
    service_types             VARCHAR(500)  NOT NULL,
    weekly_cost_pence         BIGINT        NOT NULL,
    person_contribution_pence BIGINT        NOT NULL,
    suspended_reason          VARCHAR(4000),
    suspended_by_admission_id UUID
);
CREATE INDEX caseload_package_record ON caseload_package (care_record_id);

-- At most one outstanding review per record: a later one supersedes it.
CREATE TABLE caseload_review (
    care_record_id UUID        NOT NULL PRIMARY KEY,
    review_id      UUID        NOT NULL,
    package_id     UUID        NOT NULL,
    due_from       DATE        NOT NULL,
    due_by         DATE        NOT NULL,
    review_trigger VARCHAR(30) NOT NULL
);

CREATE TABLE caseload_discharge (
    admission_id   UUID         NOT NULL PRIMARY KEY,
    care_record_id UUID         NOT NULL,
    hospital_name  VARCHAR(200) NOT NULL,
    admitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    pathway        VARCHAR(50),
    discharged_at  TIMESTAMP WITH TIME ZONE,
    destination    VARCHAR(50)
);
CREATE INDEX caseload_discharge_record ON caseload_discharge (care_record_id);
CREATE INDEX caseload_discharge_when ON caseload_discharge (discharged_at);

-- The follow-up actions a discharge asks of social care, in the order the summary lists them.
CREATE TABLE caseload_follow_up (
    admission_id UUID          NOT NULL,
    line_no      INT           NOT NULL,
    action_text  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (admission_id, line_no)
);
