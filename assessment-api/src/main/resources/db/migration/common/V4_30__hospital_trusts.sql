-- The acute trusts whose discharge teams record admissions and discharges: an admission names
-- its hospital by one of these codes (ODS code such as RD1), so a mistyped one is refused.
CREATE TABLE hospital_trust (
    code VARCHAR(16)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT hospital_trust_pk PRIMARY KEY (code)
);
