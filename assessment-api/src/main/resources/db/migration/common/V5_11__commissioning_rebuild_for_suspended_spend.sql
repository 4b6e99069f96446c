-- The commissioning view was emptied to count suspended packages' spend apart (the views' migration of
-- the same purpose): its token and parked events go too, so it rebuilds itself from the event store on
-- the next start.
DELETE FROM TokenEntry WHERE processorName = 'commissioning';
DELETE FROM DeadLetterEntry WHERE processingGroup = 'commissioning';
