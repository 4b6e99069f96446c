-- The inbox lists unacknowledged notices first, then newest. Ordering by an expression on
-- acknowledged_at made the database sort every notice of the practice for each page; a stored
-- sort key lets one index answer the page in order.
ALTER TABLE gp_notice ADD COLUMN inbox_order SMALLINT DEFAULT 0 NOT NULL;
UPDATE gp_notice SET inbox_order = 1 WHERE acknowledged_at IS NOT NULL;
DROP INDEX gp_notice_inbox;
CREATE INDEX gp_notice_inbox ON gp_notice (practice_code, inbox_order, raised_at DESC, admission_id, notice_kind);
