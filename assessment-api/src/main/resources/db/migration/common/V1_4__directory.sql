-- Reference data about who works where: practices, teams and the professionals who log in.
-- Relationships (which practices a nursing team serves, which practices a linkworker is
-- attached to) decide who may see whom.
CREATE TABLE practice (
    ods_code VARCHAR(16)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    locality VARCHAR(100) NOT NULL,
    CONSTRAINT practice_pk PRIMARY KEY (ods_code)
);

CREATE TABLE social_care_team (
    code     VARCHAR(32)  NOT NULL,
    name     VARCHAR(200) NOT NULL,
    locality VARCHAR(100) NOT NULL,
    CONSTRAINT social_care_team_pk PRIMARY KEY (code)
);

CREATE TABLE nursing_team (
    code              VARCHAR(32)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    organisation_code VARCHAR(32)  NOT NULL,
    CONSTRAINT nursing_team_pk PRIMARY KEY (code)
);

CREATE TABLE nursing_team_practice (
    team_code     VARCHAR(32) NOT NULL,
    practice_code VARCHAR(16) NOT NULL,
    CONSTRAINT nursing_team_practice_pk PRIMARY KEY (team_code, practice_code),
    CONSTRAINT nursing_team_practice_team_fk FOREIGN KEY (team_code) REFERENCES nursing_team (code),
    CONSTRAINT nursing_team_practice_practice_fk FOREIGN KEY (practice_code) REFERENCES practice (ods_code)
);
CREATE INDEX nursing_team_practice_practice_idx ON nursing_team_practice (practice_code);

-- role: one of org.jointcare.carerecord.Role; organisation_code as the Actor carries it
-- (practice ODS code, social care team, nursing team, trust or commissioning organisation).
-- password_hash: Spring Security's delegating format, e.g. {bcrypt}$2a$10$...
CREATE TABLE professional (
    user_id            VARCHAR(64)  NOT NULL,
    display_name       VARCHAR(200) NOT NULL,
    role               VARCHAR(32)  NOT NULL,
    organisation_code  VARCHAR(32)  NOT NULL,
    password_hash      VARCHAR(200) NOT NULL,
    nursing_team_code  VARCHAR(32),
    CONSTRAINT professional_pk PRIMARY KEY (user_id),
    CONSTRAINT professional_nursing_team_fk FOREIGN KEY (nursing_team_code) REFERENCES nursing_team (code)
);

-- The practices a linkworker is attached to.
CREATE TABLE professional_practice (
    user_id       VARCHAR(64) NOT NULL,
    practice_code VARCHAR(16) NOT NULL,
    CONSTRAINT professional_practice_pk PRIMARY KEY (user_id, practice_code),
    CONSTRAINT professional_practice_user_fk FOREIGN KEY (user_id) REFERENCES professional (user_id),
    CONSTRAINT professional_practice_practice_fk FOREIGN KEY (practice_code) REFERENCES practice (ods_code)
);
CREATE INDEX professional_practice_practice_idx ON professional_practice (practice_code);
