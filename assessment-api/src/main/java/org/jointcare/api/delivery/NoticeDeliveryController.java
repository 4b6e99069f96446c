package org.jointcare.api.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jointcare.api.access.AccessLog;
import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.command.CareRecordCommands;
import org.jointcare.api.command.NoDetails;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.ApiProblem;
import org.jointcare.api.web.ApiProblemException;
import org.jointcare.carerecord.CareRecordCommand;
import org.jointcare.carerecord.hospital.AcknowledgeAdmissionNotice;
import org.jointcare.carerecord.hospital.AcknowledgeDischargeNotice;
import org.jointcare.interop.fhir.NoticeMessages.Notice;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API side of delivering notices to practices' systems: the practice's system acknowledges a
 * notice it received, by the message id it was sent with; the hospital discharge team follows
 * what happened to the notices of its admissions. See docs/api.md.
 */
@RestController
@Validated
@Tag(name = "Notice delivery", description = "Admission and discharge notices delivered to practices' systems")
public class NoticeDeliveryController {

    private final DeliveryOutbox outbox;
    private final PersonAccess access;
    private final CareRecordCommands commands;
    private final Clock clock;

    public NoticeDeliveryController(DeliveryOutbox outbox, PersonAccess access, CareRecordCommands commands, Clock clock) {
        this.outbox = outbox;
        this.access = access;
        this.commands = commands;
        this.clock = clock;
    }

    /** The notice acknowledged, and the care record's version after it. */
    public record Acknowledged(UUID messageId, Notice kind, UUID careRecordId, UUID admissionId, long version) {
    }

    public record Deliveries(String view, int page, int size, long total, List<DeliveryReport> items) {
    }

    @Handles(ApiEndpoint.ACKNOWLEDGE_DELIVERED_NOTICE)
    @Operation(summary = "Acknowledge a notice your practice's system received, by its message id",
            description = "The message id is the MessageHeader's id (also sent as the Idempotency-Key header). Records the"
                    + " same acknowledgement as a person acknowledging in JointCare; a notice already acknowledged is"
                    + " refused (notice-already-acknowledged) and nothing is recorded twice.")
    public ResponseEntity<Acknowledged> acknowledge(@PathVariable UUID messageId,
                                                    @Valid @RequestBody(required = false) NoDetails body,
                                                    @AuthenticationPrincipal CareProfessional who) {
        ApiEndpoint action = ApiEndpoint.ACKNOWLEDGE_DELIVERED_NOTICE;
        NoticeDelivery notice = outbox.find(messageId).orElseThrow(() -> new ApiProblemException(ApiProblem.NOT_FOUND,
                "No notice was sent to your practice with this message id."));
        if (!notice.practiceCode().equals(who.organisationCode())) {
            throw access.refuse(who, notice.careRecordId(), action, "notice sent to practice " + notice.practiceCode());
        }
        access.reach(who, notice.careRecordId(), action);
        if (outbox.superseded(notice)) {
            throw new ApiProblemException(ApiProblem.NOTICE_SUPERSEDED,
                    "The discharge summary was corrected since this message: acknowledge the amended notice's message.");
        }
        Instant at = clock.instant();
        CareRecordCommand command = notice.kind() == Notice.ADMISSION
                ? new AcknowledgeAdmissionNotice(notice.careRecordId(), notice.admissionId(), who.actor(), at)
                : new AcknowledgeDischargeNotice(notice.careRecordId(), notice.admissionId(), who.actor(), at);
        long version = commands.send(command, null);
        return ResponseEntity.ok(new Acknowledged(messageId, notice.kind(), notice.careRecordId(), notice.admissionId(), version));
    }

    @Handles(ApiEndpoint.READ_NOTICE_DELIVERIES)
    @Operation(summary = "What happened to the notices of admissions to your trust: sent, retrying or given up, latest first",
            description = "Delivery facts only (no clinical content); each names the care record and admission.")
    public Deliveries hospitalDeliveries(@AuthenticationPrincipal CareProfessional who,
                                         @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        access.record(who, null, ApiEndpoint.READ_NOTICE_DELIVERIES,
                "notices of admissions to " + who.organisationCode(), AccessLog.Outcome.ALLOWED);
        List<DeliveryReport> items = outbox.ofHospital(who.organisationCode(), page, size).stream()
                .map(DeliveryReport::of).toList();
        return new Deliveries("Notice deliveries", page, size, outbox.countOfHospital(who.organisationCode()), items);
    }
}
