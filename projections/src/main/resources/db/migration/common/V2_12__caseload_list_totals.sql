-- The totals of the caseload lists that do not depend on the day they are read (open referrals,
-- assessments in progress, packages in force), kept by the projection in the transaction that
-- changes a list, so a page no longer counts the scope's rows (thousands per practice at scale).
-- One row per list and per practice, linkworker and lead assessor that rows carry ('' for none).
-- A scope's total is the sum over the rows whose practice, linkworker or lead is in the scope:
-- each list row is in exactly one. (A database that already holds the view is emptied by V3_5
-- and rebuilt, totals included.)
CREATE TABLE caseload_list_total (
    list_name             VARCHAR(30)  NOT NULL,
    practice_code         VARCHAR(20)  NOT NULL,
    linkworker_user_id    VARCHAR(100) NOT NULL,
    lead_assessor_user_id VARCHAR(100) NOT NULL,
    items                 BIGINT       NOT NULL,
    PRIMARY KEY (list_name, practice_code, linkworker_user_id, lead_assessor_user_id)
);
