-- A line of the person's own record that tells clinical content (their medicines) is a line of its
-- own, marked clinical, so the read leaves it out for readers not entitled to clinical detail; one
-- event may now give several lines. The lines worded before mixed medicines into other text, so
-- the view is emptied here (its token goes with the wiring's migration) and rebuilds itself from
-- the event store on the next start.
DELETE FROM own_record_entry;
DELETE FROM own_record;
ALTER TABLE own_record_entry ADD COLUMN line_no INT DEFAULT 0 NOT NULL;
ALTER TABLE own_record_entry ADD COLUMN clinical BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE own_record_entry DROP CONSTRAINT pk_own_record_entry;
ALTER TABLE own_record_entry ADD CONSTRAINT pk_own_record_entry PRIMARY KEY (care_record_id, sequence_number, line_no);
