-- Sharing view: the facts the API needs to decide who may see whom. Updated in the command's
-- own transaction (subscribing processor), so it is never behind the events.
CREATE TABLE sharing_person (
    care_record_id               UUID          NOT NULL PRIMARY KEY,
    nhs_number                   VARCHAR(10),
    given_name                   VARCHAR(200)  NOT NULL,
    family_name                  VARCHAR(200)  NOT NULL,
    given_name_key               VARCHAR(200)  NOT NULL,
    family_name_key              VARCHAR(200)  NOT NULL,
    date_of_birth                DATE          NOT NULL,
    registered_practice_code     VARCHAR(20)   NOT NULL,
    locality                     VARCHAR(200)  NOT NULL,
    allocated_linkworker_user_id VARCHAR(100),
    nursing_team_code            VARCHAR(50),
    open_admission_id            UUID,
    open_admission_hospital_code VARCHAR(50),
    consent_decision             VARCHAR(30),
    consent_organisation_code    VARCHAR(50),
    consent_limits               VARCHAR(4000),
    closed                       BOOLEAN       NOT NULL
);
CREATE INDEX sharing_person_nhs_number ON sharing_person (nhs_number);
CREATE INDEX sharing_person_name_dob ON sharing_person (family_name_key, date_of_birth);
CREATE INDEX sharing_person_practice ON sharing_person (registered_practice_code, family_name_key);

CREATE TABLE sharing_emergency_access (
    access_id         UUID          NOT NULL PRIMARY KEY,
    care_record_id    UUID          NOT NULL,
    user_id           VARCHAR(100)  NOT NULL,
    role              VARCHAR(30)   NOT NULL,
    organisation_code VARCHAR(50)   NOT NULL,
    reason            VARCHAR(4000) NOT NULL,
    granted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sharing_emergency_access_record ON sharing_emergency_access (care_record_id);
