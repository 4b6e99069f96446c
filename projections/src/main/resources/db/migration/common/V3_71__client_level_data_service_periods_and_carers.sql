-- The Client Level Data return now reports a service once for each period its terms stood unchanged (an
-- amendment ends the changed services and starts them again), the support arranged for carers as services on
-- their own rows, and a carer assessed more than once as one person. The rows it kept before, and the record
-- states beside them (which did not keep a package's earlier terms), are emptied; its token and parked events
-- go with the wiring's migration of the same purpose, and it rebuilds itself from the event store on the next
-- start.
DELETE FROM cld_row;
DELETE FROM cld_record_state;
