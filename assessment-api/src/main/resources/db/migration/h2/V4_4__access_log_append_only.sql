-- The access log is append-only: H2 refuses UPDATE and DELETE on it through this trigger.
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
    CALL 'org.jointcare.api.access.AppendOnlyTrigger';
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log FOR EACH ROW
    CALL 'org.jointcare.api.access.AppendOnlyTrigger';
