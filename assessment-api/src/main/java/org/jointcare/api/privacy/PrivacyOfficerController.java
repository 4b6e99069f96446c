package org.jointcare.api.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jointcare.api.access.AccessLog;
import org.jointcare.api.access.EmergencyAccessAlerts;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.Handles;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The privacy officer's oversight: the access log and emergency access alerts. Read only. */
@RestController
@Validated
@Tag(name = "Privacy oversight", description = "Access log, emergency access alerts and erasure (privacy officer)")
public class PrivacyOfficerController {

    public record Page<T>(int page, int size, List<T> items) {
    }

    private final AccessLog log;
    private final EmergencyAccessAlerts alerts;

    public PrivacyOfficerController(AccessLog log, EmergencyAccessAlerts alerts) {
        this.log = log;
        this.alerts = alerts;
    }

    @Handles(ApiEndpoint.SEARCH_ACCESS_LOG)
    @Operation(summary = "Search the access log", description = "Newest first. Times are UTC; 'to' is exclusive.")
    public Page<AccessLog.Entry> searchAccessLog(
            @RequestParam(required = false) UUID careRecordId,
            @RequestParam(required = false) String userId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) AccessLog.Outcome outcome,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return new Page<>(page, size,
                log.search(new AccessLog.Criteria(careRecordId, userId, from, to, outcome), page, size));
    }

    @Handles(ApiEndpoint.READ_EMERGENCY_ACCESS_ALERTS)
    @Operation(summary = "Read emergency access alerts", description = "Newest first.")
    public Page<EmergencyAccessAlerts.Alert> emergencyAccessAlerts(
            @RequestParam(required = false) Instant since,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return new Page<>(page, size, alerts.list(since, page, size));
    }
}
