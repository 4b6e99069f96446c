package org.jointcare.api.command;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.jointcare.api.access.PersonAccess;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.web.RecordVersions;
import org.jointcare.carerecord.CareRecordCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one way every change to a care record goes: it passes the sharing rules first (a person the
 * professional may not reach answers 404, like an unknown id), is sent with the professional as
 * actor and the server's clock as time, and answers the record's new version as ETag.
 */
@Component
public class CareRecordChanges {

    private final CareRecordCommands commands;
    private final PersonAccess access;
    private final Clock clock;

    public CareRecordChanges(CareRecordCommands commands, PersonAccess access, Clock clock) {
        this.commands = commands;
        this.access = access;
        this.clock = clock;
    }

    public ResponseEntity<CommandResult> change(CareProfessional who, UUID careRecordId, ApiEndpoint endpoint,
                                                String ifMatch, String resource, UUID resourceId,
                                                Function<Instant, CareRecordCommand> command) {
        return change(who, careRecordId, endpoint, ifMatch, resource, resourceId, null, person -> command);
    }

    /**
     * As above, for a command that needs the person's facts to be built or checked, and for a
     * hospital team recording an admission to {@code admittingTo}.
     */
    public ResponseEntity<CommandResult> change(CareProfessional who, UUID careRecordId, ApiEndpoint endpoint,
                                                String ifMatch, String resource, UUID resourceId, String admittingTo,
                                                Function<SharingFacts, Function<Instant, CareRecordCommand>> command) {
        Long expected = RecordVersions.expected(ifMatch);
        SharingFacts person = access.reach(who, careRecordId, endpoint, admittingTo);
        RecordVersions.requireCurrent(expected, access.versionOf(careRecordId));
        CareRecordCommand toSend = command.apply(person).apply(clock.instant());
        long version = commands.send(toSend, expected);
        String path = "/api/v1/care-records/" + careRecordId + "/" + resource + (resourceId == null ? "" : "/" + resourceId);
        CommandResult result = new CommandResult(careRecordId, path, resourceId, version);
        // a revision creates a package of its own, though it is sent to the package it replaces
        boolean creates = endpoint.method().name().equals("POST")
                && (endpoint.path().endsWith("/" + resource) || endpoint == ApiEndpoint.REVISE_CARE_PACKAGE);
        if (creates && resourceId != null) {
            return ResponseEntity.created(URI.create(path)).eTag(RecordVersions.etag(version)).body(result);
        }
        return ResponseEntity.ok().eTag(RecordVersions.etag(version)).body(result);
    }

    /** Sends a command that does not go through {@link #change}; answers the record's version after it. */
    public long send(CareRecordCommand command, Long expectedVersion) {
        return commands.send(command, expectedVersion);
    }

    public PersonAccess access() {
        return access;
    }

    public Instant now() {
        return clock.instant();
    }
}
