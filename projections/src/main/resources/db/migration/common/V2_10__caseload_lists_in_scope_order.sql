-- Each caseload list is read for a linkworker's scope: the practices they are attached to OR the
-- people allocated to them (OR, for assessments, the assessments they lead). With the scope held
-- only on caseload_person, every page joined and filtered the whole list and sorted it. Each row
-- now carries its person's practice and linkworker (kept in step by the projection), so the scope
-- is a union of ranges, each read straight off an index in the list's own order.
ALTER TABLE caseload_referral ADD COLUMN practice_code VARCHAR(20);
ALTER TABLE caseload_referral ADD COLUMN linkworker_user_id VARCHAR(100);
ALTER TABLE caseload_assessment ADD COLUMN practice_code VARCHAR(20);
ALTER TABLE caseload_assessment ADD COLUMN linkworker_user_id VARCHAR(100);
ALTER TABLE caseload_package ADD COLUMN practice_code VARCHAR(20);
ALTER TABLE caseload_package ADD COLUMN linkworker_user_id VARCHAR(100);
-- packages in force are listed by the person's name
ALTER TABLE caseload_package ADD COLUMN family_name VARCHAR(200);
ALTER TABLE caseload_package ADD COLUMN given_name VARCHAR(200);
ALTER TABLE caseload_review ADD COLUMN practice_code VARCHAR(20);
ALTER TABLE caseload_review ADD COLUMN linkworker_user_id VARCHAR(100);
ALTER TABLE caseload_discharge ADD COLUMN practice_code VARCHAR(20);
ALTER TABLE caseload_discharge ADD COLUMN linkworker_user_id VARCHAR(100);

UPDATE caseload_referral t SET
    practice_code = (SELECT p.practice_code FROM caseload_person p WHERE p.care_record_id = t.care_record_id),
    linkworker_user_id = (SELECT p.linkworker_user_id FROM caseload_person p WHERE p.care_record_id = t.care_record_id);
UPDATE caseload_assessment t SET
    practice_code = (SELECT p.practice_code FROM caseload_person p WHERE p.care_record_id = t.care_record_id),
    linkworker_user_id = (SELECT p.linkworker_user_id FROM caseload_person p WHERE p.care_record_id = t.care_record_id);
UPDATE caseload_package t SET
    practice_code = (SELECT p.practice_code FROM caseload_person p WHERE p.care_record_id = t.care_record_id),
    linkworker_user_id = (SELECT p.linkworker_user_id FROM caseload_person p WHERE p.care_record_id = t.care_record_id),
    family_name = (SELECT p.family_name FROM caseload_person p WHERE p.care_record_id = t.care_record_id),
    given_name = (SELECT p.given_name FROM caseload_person p WHERE p.care_record_id = t.care_record_id);
UPDATE caseload_review t SET
    practice_code = (SELECT p.practice_code FROM caseload_person p WHERE p.care_record_id = t.care_record_id),
    linkworker_user_id = (SELECT p.linkworker_user_id FROM caseload_person p WHERE p.care_record_id = t.care_record_id);
UPDATE caseload_discharge t SET
    practice_code = (SELECT p.practice_code FROM caseload_person p WHERE p.care_record_id = t.care_record_id),
    linkworker_user_id = (SELECT p.linkworker_user_id FROM caseload_person p WHERE p.care_record_id = t.care_record_id);

-- One index per list and scope key, in the list's order (ending in the row's unique key so pages
-- neither repeat nor skip). The scope key leads so one key is one ordered range.
CREATE INDEX caseload_referral_practice_order ON caseload_referral (practice_code, respond_by, referral_id);
CREATE INDEX caseload_referral_linkworker_order ON caseload_referral (linkworker_user_id, respond_by, referral_id);
CREATE INDEX caseload_assessment_practice_order ON caseload_assessment (practice_code, started_at, assessment_id);
CREATE INDEX caseload_assessment_linkworker_order ON caseload_assessment (linkworker_user_id, started_at, assessment_id);
CREATE INDEX caseload_assessment_lead_order ON caseload_assessment (lead_assessor_user_id, started_at, assessment_id);
DROP INDEX caseload_assessment_lead;
CREATE INDEX caseload_package_practice_order ON caseload_package (practice_code, family_name, given_name, care_record_id, package_id);
CREATE INDEX caseload_package_linkworker_order ON caseload_package (linkworker_user_id, family_name, given_name, care_record_id, package_id);
CREATE INDEX caseload_review_practice_order ON caseload_review (practice_code, due_by, review_id);
CREATE INDEX caseload_review_linkworker_order ON caseload_review (linkworker_user_id, due_by, review_id);
CREATE INDEX caseload_discharge_practice_order ON caseload_discharge (practice_code, discharged_at DESC, admission_id);
CREATE INDEX caseload_discharge_linkworker_order ON caseload_discharge (linkworker_user_id, discharged_at DESC, admission_id);
