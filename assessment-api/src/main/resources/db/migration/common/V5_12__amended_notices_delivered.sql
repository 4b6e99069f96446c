-- An amended discharge notice (a corrected summary) is delivered as a message of its own, one per
-- correction (notice_kind DISCHARGE_AMENDED), so an admission may now have several rows of one kind.
-- A notice not yet sent of an admission marked entered in error is WITHDRAWN (a status beside PENDING,
-- RETRYING, SENT and GIVEN_UP).
ALTER TABLE delivery_outbox DROP CONSTRAINT delivery_outbox_notice_uq;
CREATE INDEX delivery_outbox_notice_idx ON delivery_outbox (admission_id, notice_kind);
