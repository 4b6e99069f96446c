package org.jointcare.api.hospital;

import static org.jointcare.api.security.ApiEndpoint.*;

import java.util.UUID;

import org.jointcare.api.command.CareRecordChanges;
import org.jointcare.api.command.CommandResult;
import org.jointcare.api.command.NoDetails;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.ApiDocumentation;
import org.jointcare.carerecord.hospital.AcknowledgeAdmissionNotice;
import org.jointcare.carerecord.hospital.AcknowledgeDischargeNotice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Hospital stays: admission, discharge plan, discharge and the GP practice's acknowledgements, over HTTP. Every change goes the one way {@link CareRecordChanges} describes. */
@RestController
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class HospitalController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    private final CareRecordChanges changes;

    public HospitalController(CareRecordChanges changes) {
        this.changes = changes;
    }

    @Handles(RECORD_HOSPITAL_ADMISSION)
    @Operation(summary = "Record a hospital admission at your trust",
            description = "The hospital code must be your trust's. Suspends an active package and notifies the GP practice.")
    public ResponseEntity<CommandResult> recordAdmission(@PathVariable UUID careRecordId,
                                                         @Valid @RequestBody RecordHospitalAdmissionRequest body,
                                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @AuthenticationPrincipal CareProfessional who) {
        if (!body.hospitalCode().equals(who.organisationCode())) {
            throw changes.access().refuse(who, careRecordId, RECORD_HOSPITAL_ADMISSION,
                    "named hospital " + body.hospitalCode() + ", not their own trust");
        }
        UUID admissionId = UUID.randomUUID();
        return changes.change(who, careRecordId, RECORD_HOSPITAL_ADMISSION, ifMatch, "admissions", admissionId,
                body.hospitalCode(), person -> at -> body.toCommand(careRecordId, admissionId, who.actor(), at));
    }

    @Handles(PLAN_DISCHARGE)
    @Operation(summary = "Plan the discharge (may be repeated; the last plan counts)")
    public ResponseEntity<CommandResult> planDischarge(@PathVariable UUID careRecordId, @PathVariable UUID admissionId,
                                                       @Valid @RequestBody PlanDischargeRequest body,
                                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, PLAN_DISCHARGE, ifMatch, "admissions", admissionId,
                at -> body.toCommand(careRecordId, admissionId, who.actor(), at));
    }

    @Handles(RECORD_DISCHARGE)
    @Operation(summary = "Record the discharge", description = "Raises a discharge notice to the registered practice.")
    public ResponseEntity<CommandResult> recordDischarge(@PathVariable UUID careRecordId, @PathVariable UUID admissionId,
                                                         @Valid @RequestBody RecordDischargeRequest body,
                                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, RECORD_DISCHARGE, ifMatch, "admissions", admissionId,
                at -> body.toCommand(careRecordId, admissionId, who.actor(), at));
    }

    @Handles(CORRECT_DISCHARGE_SUMMARY)
    @Operation(summary = "Correct the discharge summary your team recorded (within 7 days)",
            description = "Send the whole summary as it should have read and why. The practice is sent an amended notice, "
                    + "which it acknowledges again. After 7 days the trust no longer reaches the person: 404.")
    public ResponseEntity<CommandResult> correctDischargeSummary(@PathVariable UUID careRecordId, @PathVariable UUID admissionId,
                                                                 @Valid @RequestBody CorrectDischargeSummaryRequest body,
                                                                 @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                                 @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, CORRECT_DISCHARGE_SUMMARY, ifMatch, "admissions", admissionId,
                at -> body.toCommand(careRecordId, admissionId, who.actor(), at));
    }

    @Handles(ACKNOWLEDGE_ADMISSION_NOTICE)
    @Operation(summary = "Acknowledge the admission notice (the registered practice only)")
    public ResponseEntity<CommandResult> acknowledgeAdmissionNotice(@PathVariable UUID careRecordId, @PathVariable UUID admissionId,
                                                                    @Valid @RequestBody(required = false) NoDetails body,
                                                                    @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                                    @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, ACKNOWLEDGE_ADMISSION_NOTICE, ifMatch, "admissions", admissionId,
                at -> new AcknowledgeAdmissionNotice(careRecordId, admissionId, who.actor(), at));
    }

    @Handles(ACKNOWLEDGE_DISCHARGE_NOTICE)
    @Operation(summary = "Acknowledge the discharge notice (the registered practice only)")
    public ResponseEntity<CommandResult> acknowledgeDischargeNotice(@PathVariable UUID careRecordId, @PathVariable UUID admissionId,
                                                                    @Valid @RequestBody(required = false) NoDetails body,
                                                                    @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                                    @AuthenticationPrincipal CareProfessional who) {
        return changes.change(who, careRecordId, ACKNOWLEDGE_DISCHARGE_NOTICE, ifMatch, "admissions", admissionId,
                at -> new AcknowledgeDischargeNotice(careRecordId, admissionId, who.actor(), at));
    }
}
