-- Entries entered in error (issue 15): a district nursing contribution marked entered in error puts
-- its assessment back among those waiting for the nursing part, so the row stays (flagged) when the
-- contribution is added instead of being deleted. Rows here before this change are all still waiting.
ALTER TABLE dn_assessment_waiting ADD COLUMN nursing_contributed BOOLEAN DEFAULT FALSE NOT NULL;
