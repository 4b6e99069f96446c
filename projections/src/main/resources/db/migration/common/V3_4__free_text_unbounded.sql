-- The care record bounds no name, code or free text, so neither may these views: a value longer
-- than its column would fail that person's events (parking them as dead letters). Unsized
-- VARCHAR is unbounded on PostgreSQL and as long as H2 allows.
ALTER TABLE record_history_event ALTER COLUMN by_user SET DATA TYPE VARCHAR;
ALTER TABLE record_history_event ALTER COLUMN by_organisation SET DATA TYPE VARCHAR;
ALTER TABLE record_history_event ALTER COLUMN what SET DATA TYPE VARCHAR;
ALTER TABLE record_history_event ALTER COLUMN clinical_detail SET DATA TYPE VARCHAR;
ALTER TABLE record_history_event ALTER COLUMN payload_type SET DATA TYPE VARCHAR;
ALTER TABLE record_history_event ALTER COLUMN payload SET DATA TYPE VARCHAR;
ALTER TABLE commissioning_figure ALTER COLUMN practice_code SET DATA TYPE VARCHAR;
ALTER TABLE commissioning_figure ALTER COLUMN locality SET DATA TYPE VARCHAR;
ALTER TABLE own_record ALTER COLUMN name SET DATA TYPE VARCHAR;
ALTER TABLE own_record ALTER COLUMN about_you SET DATA TYPE VARCHAR;
ALTER TABLE own_record ALTER COLUMN consent_text SET DATA TYPE VARCHAR;
ALTER TABLE own_record ALTER COLUMN package_text SET DATA TYPE VARCHAR;
ALTER TABLE own_record ALTER COLUMN hospital_text SET DATA TYPE VARCHAR;
ALTER TABLE own_record ALTER COLUMN closed_text SET DATA TYPE VARCHAR;
ALTER TABLE own_record_entry ALTER COLUMN text SET DATA TYPE VARCHAR;
