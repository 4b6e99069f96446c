package org.jointcare.api.privacy;

import static org.jointcare.api.security.ApiEndpoint.*;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.RecordVersions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Break-glass access to a record the sharing rules would hide, over HTTP. Every change goes the one way {@link CareRecordChanges} describes. */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class EmergencyAccessController {

    public record EmergencyAccessResult(UUID careRecordId, UUID accessId, Instant expiresAt, long version) {
    }

    private final CareRecordChanges changes;

    public EmergencyAccessController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(RECORD_EMERGENCY_ACCESS)
    @Operation(summary = "Record emergency access to a record the sharing rules would hide",
            description = "Break-glass: needs a reason, lasts at most 12 hours, is recorded on the care record and alerts the privacy officer.")
    public ResponseEntity<EmergencyAccessResult> recordEmergencyAccess(@PathVariable UUID careRecordId,
                                                                       @Valid @RequestBody EmergencyAccessRequest body,
                                                                       @AuthenticationPrincipal CareProfessional who) {
        EmergencyAccessResult granted = grant(changes, who, careRecordId, body);
        UUID accessId = granted.accessId();
        long version = granted.version();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/care-records/" + careRecordId + "/emergency-access/" + accessId))
                .eTag(RecordVersions.etag(version))
                .body(granted);
    }

    /** Break glass, for the endpoint and the page alike: the sharing rules' emergency reach, the command, the alert. */
    public static EmergencyAccessResult grant(CareRecordChanges changes, CareProfessional who, UUID careRecordId,
                                              EmergencyAccessRequest body) {
        changes.access().reachForEmergency(who, careRecordId, RECORD_EMERGENCY_ACCESS, body.reason());
        UUID accessId = UUID.randomUUID();
        Instant now = changes.now();
        long version = changes.send(body.toCommand(careRecordId, accessId, who.actor(), now), null);
        // the privacy officer's alert is raised from the event, in the same transaction (EmergencyAccessAlerting)
        Instant expiresAt = now.plus(java.time.Duration.ofMinutes(body.minutes()));
        return new EmergencyAccessResult(careRecordId, accessId, expiresAt, version);
    }
}
