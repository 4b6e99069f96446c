-- The own-record view was emptied to be worded again with its clinical lines apart: its token and
-- parked events go too, so it rebuilds itself from the event store on the next start.
DELETE FROM TokenEntry WHERE processorName = 'own-record';
DELETE FROM DeadLetterEntry WHERE processingGroup = 'own-record';
