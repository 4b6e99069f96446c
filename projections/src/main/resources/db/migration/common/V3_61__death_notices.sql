-- Death (issue 15): each list that tells its professionals of a death keeps the notice in a table of
-- its own, one row per person who died, with when and by whom it was acknowledged for that list's
-- profession. The rows carry the person's practice (and linkworker or nursing team) as they stood at
-- the death, which nothing changes afterwards (AfterDeathPolicy), so a list reads them off one index.
-- Nothing stored before this change holds a death: the tables start empty, no view needs rebuilding.

CREATE TABLE gp_death_notice (
    care_record_id          UUID         NOT NULL PRIMARY KEY,
    practice_code           VARCHAR(20)  NOT NULL,
    date_of_death           DATE         NOT NULL,
    recorded_by_user_id     VARCHAR(100) NOT NULL,
    recorded_by_role        VARCHAR(30)  NOT NULL,
    recorded_by_organisation VARCHAR(50) NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at         TIMESTAMP WITH TIME ZONE,
    acknowledged_by_user_id VARCHAR(100)
);
CREATE INDEX gp_death_notice_practice ON gp_death_notice (practice_code, recorded_at);

CREATE TABLE caseload_death_notice (
    care_record_id          UUID         NOT NULL PRIMARY KEY,
    practice_code           VARCHAR(20),
    linkworker_user_id      VARCHAR(100),
    date_of_death           DATE         NOT NULL,
    recorded_by_user_id     VARCHAR(100) NOT NULL,
    recorded_by_role        VARCHAR(30)  NOT NULL,
    recorded_by_organisation VARCHAR(50) NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at         TIMESTAMP WITH TIME ZONE,
    acknowledged_by_user_id VARCHAR(100)
);
CREATE INDEX caseload_death_notice_practice ON caseload_death_notice (practice_code, recorded_at);
CREATE INDEX caseload_death_notice_linkworker ON caseload_death_notice (linkworker_user_id, recorded_at);

CREATE TABLE dn_death_notice (
    care_record_id          UUID         NOT NULL PRIMARY KEY,
    date_of_death           DATE         NOT NULL,
    recorded_by_user_id     VARCHAR(100) NOT NULL,
    recorded_by_role        VARCHAR(30)  NOT NULL,
    recorded_by_organisation VARCHAR(50) NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at         TIMESTAMP WITH TIME ZONE,
    acknowledged_by_user_id VARCHAR(100)
);
