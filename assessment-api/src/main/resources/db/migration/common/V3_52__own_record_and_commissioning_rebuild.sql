-- The own record and commissioning views were emptied to keep each person's record themselves:
-- their tokens and parked events go too, so they rebuild themselves from the event store on the
-- next start.
DELETE FROM TokenEntry WHERE processorName IN ('own-record', 'commissioning');
DELETE FROM DeadLetterEntry WHERE processingGroup IN ('own-record', 'commissioning');
