-- The totals of the caseload lists that do not depend on the day they are read (open referrals,
-- assessments in progress, packages in force), kept by the projection in the transaction that
-- changes a list, so a page no longer counts the scope's rows (thousands per practice at scale).
-- One row per list and per practice, linkworker and lead assessor that rows carry ('' for none),
-- split by bucket: a slice of people that always lies in one segment of the view
-- (SegmentBuckets), so two segments never update the same row. A scope's total is the sum over
-- the rows whose practice, linkworker or lead is in the scope: each list row is in exactly one.
CREATE TABLE caseload_list_total (
    list_name             VARCHAR(30)  NOT NULL,
    practice_code         VARCHAR(20)  NOT NULL,
    linkworker_user_id    VARCHAR(100) NOT NULL,
    lead_assessor_user_id VARCHAR(100) NOT NULL,
    bucket                SMALLINT     NOT NULL,
    items                 BIGINT       NOT NULL,
    PRIMARY KEY (list_name, practice_code, linkworker_user_id, lead_assessor_user_id, bucket)
);
-- Rows already there are counted in bucket 0: the sums are right at once; a rebuild spreads the
-- same totals over their buckets.
INSERT INTO caseload_list_total (list_name, practice_code, linkworker_user_id, lead_assessor_user_id, bucket, items)
SELECT 'caseload_referral', COALESCE(practice_code, ''), COALESCE(linkworker_user_id, ''), '', 0, COUNT(*)
  FROM caseload_referral GROUP BY practice_code, linkworker_user_id;
INSERT INTO caseload_list_total (list_name, practice_code, linkworker_user_id, lead_assessor_user_id, bucket, items)
SELECT 'caseload_assessment', COALESCE(practice_code, ''), COALESCE(linkworker_user_id, ''), lead_assessor_user_id, 0, COUNT(*)
  FROM caseload_assessment GROUP BY practice_code, linkworker_user_id, lead_assessor_user_id;
INSERT INTO caseload_list_total (list_name, practice_code, linkworker_user_id, lead_assessor_user_id, bucket, items)
SELECT 'caseload_package', COALESCE(practice_code, ''), COALESCE(linkworker_user_id, ''), '', 0, COUNT(*)
  FROM caseload_package GROUP BY practice_code, linkworker_user_id;
