package org.jointcare.api.views;

import java.util.List;
import java.util.UUID;

import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.views.clientleveldata.ClientLevelDataReturn;
import org.jointcare.views.clientleveldata.FindClientLevelData;
import org.jointcare.views.clientleveldata.Quarter;
import org.springframework.stereotype.Component;

/**
 * Produces the Client Level Data return for the endpoint and the commissioner's page alike: the view's
 * rows of the quarter with their checks, and every person it names written to the access log as
 * {@link ApiEndpoint#PRODUCE_CLIENT_LEVEL_DATA_RETURN}, with the statutory basis (or one row naming no
 * one when it names nobody), whether or not it passed the checks.
 */
@Component
public class ClientLevelDataReads {

    static final String BASIS = "statutory Adult Social Care Client Level Data return";

    private final QueryGateway queries;
    private final PersonAccess access;

    public ClientLevelDataReads(QueryGateway queries, PersonAccess access) {
        this.queries = queries;
        this.access = access;
    }

    public ClientLevelDataReturn produce(CareProfessional who, String localAuthority, String locality, Quarter quarter) {
        ClientLevelDataReturn cld = queries.query(new FindClientLevelData(localAuthority, locality, quarter),
                ClientLevelDataReturn.class).join();
        List<UUID> people = cld.careRecordIds().stream().distinct().map(UUID::fromString).toList();
        String basis = BASIS + " " + quarter + " for " + localAuthority + (locality == null ? "" : " (" + locality + ")")
                + (cld.valid() ? "" : ": not valid, " + cld.errors().size() + " errors listed");
        access.recordReturn(who, people, ApiEndpoint.PRODUCE_CLIENT_LEVEL_DATA_RETURN, basis);
        return cld;
    }

    /** The name the file is downloaded as. */
    public static String fileName(ClientLevelDataReturn cld) {
        return "client-level-data-" + cld.localAuthorityCode() + "-" + cld.quarter() + ".csv";
    }
}
