-- The inbox's total, kept by the projection in the transaction that raises a notice, so a page no
-- longer counts the practice's notices (about 17,000 per practice at 100,000 people). Notices are
-- only ever added, and stay with the practice they were raised for. One row per practice and
-- bucket: a bucket is a slice of people that always falls in one segment of the view's event
-- processor (SegmentBuckets), so two segments never update the same row. The total is the sum.
CREATE TABLE gp_inbox_total (
    practice_code VARCHAR(20) NOT NULL,
    bucket        SMALLINT    NOT NULL,
    notices       BIGINT      NOT NULL,
    PRIMARY KEY (practice_code, bucket)
);
-- Notices already there are counted in bucket 0: the sums are right at once; a rebuild spreads
-- the same totals over their buckets.
INSERT INTO gp_inbox_total (practice_code, bucket, notices)
SELECT practice_code, 0, COUNT(*) FROM gp_notice GROUP BY practice_code;
