-- A search is narrowed to the people the professional's work reaches, one branch per axis
-- (practice, allocated linkworker, nursing team, open admission, emergency access), each read
-- through its own index in name order, so it never scans people the caller can never see.
-- The practice axis uses sharing_person_practice (registered_practice_code, family_name_key).
CREATE INDEX sharing_person_linkworker ON sharing_person (allocated_linkworker_user_id, family_name_key, given_name_key);
CREATE INDEX sharing_person_nursing_team ON sharing_person (nursing_team_code, family_name_key, given_name_key);
CREATE INDEX sharing_person_hospital ON sharing_person (open_admission_hospital_code, family_name_key, given_name_key);
CREATE INDEX sharing_emergency_access_holder ON sharing_emergency_access (user_id, expires_at);
