-- Every streaming view now reads the event stream in one segment (see ViewDefinition). Axon keeps
-- the segments a view's tokens already have, so the tokens and parked events of the views that had
-- two go; the views' rows go in V3_5, and the views rebuild themselves on the next start.
DELETE FROM TokenEntry
 WHERE processorName IN ('linkworker-caseload', 'district-nursing', 'gp-practice', 'own-record', 'record-history');
DELETE FROM DeadLetterEntry
 WHERE processingGroup IN ('linkworker-caseload', 'district-nursing', 'gp-practice', 'own-record', 'record-history');
