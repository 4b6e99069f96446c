-- The care record does not insist that every follow-up action or medication change of a
-- discharge summary is filled in, so the views keep such lines as they came rather than fail
-- on them.
ALTER TABLE caseload_follow_up ALTER COLUMN action_text DROP NOT NULL;
ALTER TABLE dn_visit_request ALTER COLUMN action_text DROP NOT NULL;
ALTER TABLE gp_follow_up ALTER COLUMN for_whom DROP NOT NULL;
ALTER TABLE gp_follow_up ALTER COLUMN action_text DROP NOT NULL;
ALTER TABLE gp_medication_change ALTER COLUMN medication DROP NOT NULL;
ALTER TABLE gp_medication_change ALTER COLUMN change_kind DROP NOT NULL;
