-- The commissioning view counts the weekly cost of suspended packages (the person in hospital) apart
-- from the spend being delivered (SUSPENDED_WEEKLY_SPEND beside WEEKLY_SPEND), so the figures it
-- counted before are emptied, with the record states it kept beside them; its token and parked events
-- go with the wiring's migration of the same purpose, and it rebuilds itself from the event store on the
-- next start.
DELETE FROM commissioning_figure;
DELETE FROM commissioning_record_state;
