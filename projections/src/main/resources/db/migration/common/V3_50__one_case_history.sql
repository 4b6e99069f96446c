-- The shared case history is now read from the record history's rows, worded once: the rows
-- the record history already holds take the shared case history's plain words, so both answer
-- alike without a rebuild, and the district nursing copy of every event goes.
UPDATE record_history_event
   SET what = (SELECT c.what FROM dn_case_history c
                WHERE CAST(c.care_record_id AS VARCHAR(36)) = record_history_event.care_record_id
                  AND c.sequence_number = record_history_event.sequence_number),
       clinical_detail = (SELECT c.clinical_detail FROM dn_case_history c
                           WHERE CAST(c.care_record_id AS VARCHAR(36)) = record_history_event.care_record_id
                             AND c.sequence_number = record_history_event.sequence_number)
 WHERE EXISTS (SELECT 1 FROM dn_case_history c
                WHERE CAST(c.care_record_id AS VARCHAR(36)) = record_history_event.care_record_id
                  AND c.sequence_number = record_history_event.sequence_number);

DROP TABLE dn_case_history;
