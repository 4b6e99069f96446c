-- GP practice view: the inbox of admission and discharge notices, the referrals the practice
-- made, and which registered people have packages in force.
CREATE TABLE gp_person (
    care_record_id UUID         NOT NULL PRIMARY KEY,
    nhs_number     VARCHAR(10),
    given_name     VARCHAR(200) NOT NULL,
    family_name    VARCHAR(200) NOT NULL,
    date_of_birth  DATE         NOT NULL,
    practice_code  VARCHAR(20)  NOT NULL
);
CREATE INDEX gp_person_practice ON gp_person (practice_code);

-- One hospital stay, as the notices about it describe it. Clinical summary is kept in its own column.
CREATE TABLE gp_hospital_stay (
    admission_id            UUID          NOT NULL PRIMARY KEY,
    care_record_id          UUID          NOT NULL,
    hospital_name           VARCHAR(200)  NOT NULL,
    hospital_code           VARCHAR(50),
    ward                    VARCHAR(200)  NOT NULL,
    admission_type          VARCHAR(20)   NOT NULL,
    private_patient         BOOLEAN       NOT NULL,
    readmission_within_30_days BOOLEAN    NOT NULL,
    admitted_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    discharged_at           TIMESTAMP WITH TIME ZONE,
    destination             VARCHAR(50),
    planned_date            DATE,
    days_later_than_planned BIGINT,
    delay_reason            VARCHAR(50),
    information_given       VARCHAR(4000),
    clinical_summary        VARCHAR(20000)
);

CREATE TABLE gp_medication_change (
    admission_id UUID          NOT NULL,
    line_no      INT           NOT NULL,
    medication   VARCHAR(500)  NOT NULL,
    change_kind  VARCHAR(20)   NOT NULL,
    detail       VARCHAR(4000),
    PRIMARY KEY (admission_id, line_no)
);

CREATE TABLE gp_follow_up (
    admission_id UUID          NOT NULL,
    line_no      INT           NOT NULL,
    for_whom     VARCHAR(30)   NOT NULL,
    action_text  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (admission_id, line_no)
);

-- A notice to the practice the person was registered at when it was raised.
CREATE TABLE gp_notice (
    admission_id            UUID         NOT NULL,
    notice_kind             VARCHAR(20)  NOT NULL,
    care_record_id          UUID         NOT NULL,
    practice_code           VARCHAR(20)  NOT NULL,
    raised_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at         TIMESTAMP WITH TIME ZONE,
    acknowledged_by_user_id VARCHAR(100),
    PRIMARY KEY (admission_id, notice_kind)
);
CREATE INDEX gp_notice_inbox ON gp_notice (practice_code, raised_at);

-- Referrals with a requesting organisation: a practice sees those it made.
CREATE TABLE gp_referral (
    referral_id        UUID          NOT NULL PRIMARY KEY,
    care_record_id     UUID          NOT NULL,
    practice_code      VARCHAR(50)   NOT NULL,
    source             VARCHAR(30)   NOT NULL,
    requester_name     VARCHAR(200)  NOT NULL,
    reason             VARCHAR(4000) NOT NULL,
    urgency            VARCHAR(20)   NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    respond_by         TIMESTAMP WITH TIME ZONE NOT NULL,
    status             VARCHAR(30)   NOT NULL,
    status_since       TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at        TIMESTAMP WITH TIME ZONE,
    linkworker_user_id VARCHAR(100),
    assessment_id      UUID,
    closure            VARCHAR(40),
    closure_reason     VARCHAR(4000)
);
CREATE INDEX gp_referral_practice ON gp_referral (practice_code, received_at);
CREATE INDEX gp_referral_assessment ON gp_referral (assessment_id);

CREATE TABLE gp_package (
    package_id        UUID          NOT NULL PRIMARY KEY,
    care_record_id    UUID          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    start_date        DATE          NOT NULL,
    service_types     VARCHAR(500)  NOT NULL,
    weekly_cost_pence BIGINT        NOT NULL,
    suspended_reason  VARCHAR(4000)
);
CREATE INDEX gp_package_record ON gp_package (care_record_id);
