-- Lookups the view handlers and queries make by something other than the primary key.
CREATE INDEX caseload_review_package ON caseload_review (package_id);
CREATE INDEX caseload_review_review ON caseload_review (review_id);
CREATE INDEX caseload_package_admission ON caseload_package (suspended_by_admission_id);
CREATE INDEX dn_case_history_when ON dn_case_history (care_record_id, occurred_at);
CREATE INDEX gp_notice_record ON gp_notice (care_record_id);
