-- The access log is append-only: refuse UPDATE, DELETE and TRUNCATE whoever asks.
-- Operators should also run the application as a role that holds only INSERT and SELECT on it:
--   REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM <application role>;
CREATE OR REPLACE FUNCTION access_log_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only();

CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only();
