package org.jointcare.api.access;

import java.util.UUID;

import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.views.recordhistory.FindRecordHistory;
import org.jointcare.views.recordhistory.RecordHistory;
import org.springframework.stereotype.Service;

/**
 * A person's record history (the timeline across agencies, oldest first, by the record's own sequence
 * numbers) as the API's history endpoint and the pages both read it: the sharing rules decide and log
 * the read ({@code READ_RECORD_HISTORY}), then the role's field filter leaves out what the role may not see.
 */
@Service
public class RecordHistoryReads {

    private final PersonAccess access;
    private final RoleFieldFilter fields;
    private final QueryGateway queries;

    public RecordHistoryReads(PersonAccess access, RoleFieldFilter fields, QueryGateway queries) {
        this.access = access;
        this.fields = fields;
        this.queries = queries;
    }

    /** One page of the history; a person the professional may not reach is not found ({@link NoSuchCareRecord}). */
    public RoleView<RecordHistory> history(CareProfessional who, UUID careRecordId, int page, int size) {
        access.reach(who, careRecordId, ApiEndpoint.READ_RECORD_HISTORY);
        RecordHistory history = queries.query(new FindRecordHistory(careRecordId, page, size), RecordHistory.class).join();
        return fields.view(who.role(), "Record history", history);
    }
}
