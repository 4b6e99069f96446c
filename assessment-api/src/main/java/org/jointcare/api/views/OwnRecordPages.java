package org.jointcare.api.views;

import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.api.access.NoSuchCareRecord;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.access.RoleFieldFilter;
import org.jointcare.api.pages.PageController;
import org.jointcare.api.pages.PageModels;
import org.jointcare.api.pages.ReadYourWrites;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.views.ownrecord.FindOwnRecord;
import org.jointcare.views.ownrecord.OwnRecord;
import org.jointcare.views.ownrecord.OwnRecordViewDefinition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's own record in plain English, to print and give to the person or their carer. Open to
 * the roles of the own-record endpoint ({@link ApiEndpoint#READ_OWN_RECORD}) and read as it reads:
 * the sharing rules, the access log, the own-record view and the role's field filter (no clinical
 * detail for a linkworker). Printing uses GOV.UK Frontend's own print styles.
 */
@PageController
public class OwnRecordPages {

    /** Everything that has happened, on one printed record (the view's largest page). */
    private static final int ENTRIES = 100;

    private final PersonAccess access;
    private final RoleFieldFilter fields;
    private final QueryGateway queries;
    private final PageModels models;
    private final ReadYourWrites readYourWrites;

    public OwnRecordPages(PersonAccess access, RoleFieldFilter fields, QueryGateway queries, PageModels models,
                          ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
        this.access = access;
        this.fields = fields;
        this.queries = queries;
        this.models = models;
    }

    @GetMapping("/people/{careRecordId}/own-record")
    public String ownRecord(@PathVariable UUID careRecordId, @AuthenticationPrincipal CareProfessional who, Model model) {
        access.reach(who, careRecordId, ApiEndpoint.READ_OWN_RECORD);
        readYourWrites.awaitRecord(careRecordId, model, OwnRecordViewDefinition.PROCESSING_GROUP);
        Optional<OwnRecord> record = queries.query(new FindOwnRecord(careRecordId, 0, ENTRIES,
                        RoleFieldFilter.seesClinicalDetail(who.role())),
                ResponseTypes.optionalInstanceOf(OwnRecord.class)).join();
        OwnRecord found = record.orElseThrow(NoSuchCareRecord::new);
        model.addAttribute("record", models.of(fields.view(who.role(),
                "The person's own record (what the person reads about themselves)", found)));
        return "people/own-record";
    }
}
