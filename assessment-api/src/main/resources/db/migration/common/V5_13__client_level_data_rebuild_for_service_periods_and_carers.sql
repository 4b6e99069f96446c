-- The Client Level Data view was emptied to report service periods, carers' support and carers assessed more
-- than once (the views' migration of the same purpose): its token and parked events go too, so it rebuilds
-- itself from the event store on the next start.
DELETE FROM TokenEntry WHERE processorName = 'client-level-data';
DELETE FROM DeadLetterEntry WHERE processingGroup = 'client-level-data';
