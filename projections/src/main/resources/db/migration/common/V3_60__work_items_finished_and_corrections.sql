-- Work items can be finished, and discharge summaries corrected (issue 15).
-- Each new column is filled by the views' handlers from the new events; nothing stored before this
-- change holds such an event, so the columns start empty and no view needs rebuilding.

-- The linkworker's discharge follow-up is done: the discharge leaves the caseload.
ALTER TABLE caseload_discharge ADD COLUMN followed_up_at TIMESTAMP WITH TIME ZONE;

-- The first district nursing visit after the discharge: it leaves the nursing worklist.
ALTER TABLE dn_discharge ADD COLUMN first_visit_at TIMESTAMP WITH TIME ZONE;

-- An amended discharge notice: when and why the hospital corrected the summary. The notice is the
-- same notice (one per admission and kind), back in the unacknowledged part of the inbox.
ALTER TABLE gp_notice ADD COLUMN amended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE gp_notice ADD COLUMN amendment_reason VARCHAR;

-- The last discharge and the trust that recorded it: that trust keeps the relationship for the
-- correction window (DischargeCorrectionPolicy). Discharges recorded before this change have no row
-- here, so their trusts cannot reach the person to correct them: the window is 7 days, and it starts
-- for new discharges from now on.
ALTER TABLE sharing_person ADD COLUMN last_discharge_admission_id UUID;
ALTER TABLE sharing_person ADD COLUMN last_discharge_hospital_code VARCHAR;
ALTER TABLE sharing_person ADD COLUMN last_discharge_recorded_at TIMESTAMP WITH TIME ZONE;
