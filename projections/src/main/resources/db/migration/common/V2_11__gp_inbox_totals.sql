-- The inbox's total, kept by the projection in the transaction that raises a notice, so a page no
-- longer counts the practice's notices (about 17,000 per practice at 100,000 people). Notices are
-- only ever added, and stay with the practice they were raised for. One row per practice.
-- (A database that already holds the view is emptied by V3_5 and rebuilt, totals included.)
CREATE TABLE gp_inbox_total (
    practice_code VARCHAR(20) NOT NULL,
    notices       BIGINT      NOT NULL,
    PRIMARY KEY (practice_code)
);
