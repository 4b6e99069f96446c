package org.jointcare.api.web;

import static org.jointcare.api.security.ApiEndpoint.*;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.jointcare.api.access.PersonAccess;
import org.jointcare.api.access.PersonSharingFacts;
import org.jointcare.api.access.SharingPolicy;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.ProfessionalDirectory;
import org.jointcare.api.web.CareRecordRequests.*;
import org.jointcare.carerecord.CareRecordCommand;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.carepackage.ResumeCarePackage;
import org.jointcare.carerecord.hospital.AcknowledgeAdmissionNotice;
import org.jointcare.carerecord.hospital.AcknowledgeDischargeNotice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Every command of the care record over HTTP. Each one passes the sharing rules first (a person
 * the professional may not reach answers 404, like an unknown id), is sent with the professional
 * as actor and the server's clock as time, and answers the record's new version as ETag.
 */
@RestController
@RequestMapping(path = "/api/v1/care-records", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Care record commands", description = "Changes to one person's care record")
public class CareRecordCommandController {

    private static final String IF_MATCH_DOC = ApiDocumentation.IF_MATCH_DOC;

    /** What a write answers: the record, the thing created or changed, and the record's new version. */
    public record CommandResult(UUID careRecordId, String resource, UUID id, long version) {
    }

    public record EmergencyAccessResult(UUID careRecordId, UUID accessId, Instant expiresAt, long version) {
    }

    private final CareRecordCommands commands;
    private final PersonAccess access;
    private final ProfessionalDirectory directory;
    private final Clock clock;

    public CareRecordCommandController(CareRecordCommands commands, PersonAccess access, ProfessionalDirectory directory,
                                       Clock clock) {
        this.commands = commands;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ registration, consent, team

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a person and open their care record",
            description = "The registered practice must be one you serve (your practice, an attached practice, or one your nursing team serves).")
    public ResponseEntity<CommandResult> register(@Valid @RequestBody RegisterPersonRequest body,
                                                  @AuthenticationPrincipal CareProfessional who) {
        UUID careRecordId = UUID.randomUUID();
        access.servePractice(who, body.person().registeredPracticeCode(), careRecordId, REGISTER_PERSON.name());
        long version = commands.send(body.toCommand(careRecordId, who.actor(), clock.instant()), null);
        URI location = URI.create("/api/v1/care-records/" + careRecordId);
        return ResponseEntity.created(location).eTag(RecordVersions.etag(version))
                .body(new CommandResult(careRecordId, location.toString(), careRecordId, version));
    }

    @PostMapping(path = "/{careRecordId}/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record or change the person's consent to share", description = "Takes effect on the next request.")
    public ResponseEntity<CommandResult> recordConsent(@PathVariable UUID careRecordId,
                                                       @Valid @RequestBody RecordConsentRequest body,
                                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, RECORD_CONSENT, ifMatch, "consent", null,
                at -> body.toCommand(careRecordId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/nursing-team", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign the district nursing team that serves the person",
            description = "A district nurse may only assign their own team.")
    public ResponseEntity<CommandResult> assignNursingTeam(@PathVariable UUID careRecordId,
                                                           @Valid @RequestBody AssignNursingTeamRequest body,
                                                           @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                           @AuthenticationPrincipal CareProfessional who) {
        if (who.role() == Role.DISTRICT_NURSE && !body.nursingTeamCode().equals(teamOf(who))) {
            throw access.refuse(who, careRecordId, ASSIGN_NURSING_TEAM.name(),
                    "named nursing team " + body.nursingTeamCode() + ", not their own");
        }
        return change(who, careRecordId, ASSIGN_NURSING_TEAM, ifMatch, "nursing-team", null,
                at -> body.toCommand(careRecordId, who.actor(), at));
    }

    // ------------------------------------------------------------------ referral

    @PostMapping(path = "/{careRecordId}/referrals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receive a referral", description = "A closed record is reopened by a new referral.")
    public ResponseEntity<CommandResult> receiveReferral(@PathVariable UUID careRecordId,
                                                         @Valid @RequestBody ReceiveReferralRequest body,
                                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @AuthenticationPrincipal CareProfessional who) {
        UUID referralId = UUID.randomUUID();
        return change(who, careRecordId, RECEIVE_REFERRAL, ifMatch, "referrals", referralId,
                at -> body.toCommand(careRecordId, referralId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/referrals/{referralId}/acceptance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept a referral and allocate it to a linkworker",
            description = "The linkworker must be one attached to the person's practice.")
    public ResponseEntity<CommandResult> acceptReferral(@PathVariable UUID careRecordId, @PathVariable UUID referralId,
                                                        @Valid @RequestBody AcceptReferralRequest body,
                                                        @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, ACCEPT_REFERRAL, ifMatch, "referrals", referralId, null, person -> {
            requireLinkworkerFor(person, body.linkworkerUserId());
            return at -> body.toCommand(careRecordId, referralId, who.actor(), at);
        });
    }

    @PostMapping(path = "/{careRecordId}/referrals/{referralId}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close a referral: simple need met, signposted or declined, with a reason")
    public ResponseEntity<CommandResult> closeReferral(@PathVariable UUID careRecordId, @PathVariable UUID referralId,
                                                       @Valid @RequestBody CloseReferralRequest body,
                                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, CLOSE_REFERRAL, ifMatch, "referrals", referralId,
                at -> body.toCommand(careRecordId, referralId, who.actor(), at));
    }

    // ------------------------------------------------------------------ joint assessment

    @PostMapping(path = "/{careRecordId}/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a joint assessment from an accepted referral")
    public ResponseEntity<CommandResult> startAssessment(@PathVariable UUID careRecordId,
                                                         @Valid @RequestBody StartJointAssessmentRequest body,
                                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @AuthenticationPrincipal CareProfessional who) {
        UUID assessmentId = UUID.randomUUID();
        return change(who, careRecordId, START_JOINT_ASSESSMENT, ifMatch, "assessments", assessmentId,
                at -> body.toCommand(careRecordId, assessmentId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/assessments/{assessmentId}/contributions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add one discipline's contribution to a joint assessment",
            description = "The discipline follows from who is signed in (GP practice: GP, district nurse: district nursing, "
                    + "linkworker: social care, or occupational therapy and others recorded for the professional named).")
    public ResponseEntity<CommandResult> addContribution(@PathVariable UUID careRecordId, @PathVariable UUID assessmentId,
                                                         @Valid @RequestBody AddContributionRequest body,
                                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, ADD_CONTRIBUTION, ifMatch, "assessments", assessmentId,
                at -> body.toCommand(careRecordId, assessmentId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/assessments/{assessmentId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Complete a joint assessment", description = "Needs at least one health and one social care contribution.")
    public ResponseEntity<CommandResult> completeAssessment(@PathVariable UUID careRecordId, @PathVariable UUID assessmentId,
                                                            @Valid @RequestBody CompleteJointAssessmentRequest body,
                                                            @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                            @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, COMPLETE_JOINT_ASSESSMENT, ifMatch, "assessments", assessmentId,
                at -> body.toCommand(careRecordId, assessmentId, who.actor(), at));
    }

    // ------------------------------------------------------------------ care package

    @PostMapping(path = "/{careRecordId}/packages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Arrange a care package from a completed joint assessment",
            description = "Only when no package is in force (revise one that is). Arranged while the person is in hospital, "
                    + "it starts suspended by that admission.")
    public ResponseEntity<CommandResult> arrangePackage(@PathVariable UUID careRecordId,
                                                        @Valid @RequestBody ArrangeCarePackageRequest body,
                                                        @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @AuthenticationPrincipal CareProfessional who) {
        UUID packageId = UUID.randomUUID();
        return change(who, careRecordId, ARRANGE_CARE_PACKAGE, ifMatch, "packages", packageId,
                at -> body.toCommand(careRecordId, packageId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/packages/{packageId}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the package in force with a revised one, with a reason",
            description = "After a review or a new joint assessment found that needs changed. The old package stays in "
                    + "history; the revised one gets its first review as a change does. Answers the new package.")
    public ResponseEntity<CommandResult> revisePackage(@PathVariable UUID careRecordId, @PathVariable UUID packageId,
                                                       @Valid @RequestBody ReviseCarePackageRequest body,
                                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @AuthenticationPrincipal CareProfessional who) {
        UUID revisedPackageId = UUID.randomUUID();
        return change(who, careRecordId, REVISE_CARE_PACKAGE, ifMatch, "packages", revisedPackageId,
                at -> body.toCommand(careRecordId, revisedPackageId, packageId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/packages/{packageId}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Amend a care package, with a reason")
    public ResponseEntity<CommandResult> amendPackage(@PathVariable UUID careRecordId, @PathVariable UUID packageId,
                                                      @Valid @RequestBody AmendCarePackageRequest body,
                                                      @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, AMEND_CARE_PACKAGE, ifMatch, "packages", packageId,
                at -> body.toCommand(careRecordId, packageId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/packages/{packageId}/suspension", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suspend an active care package, with a reason")
    public ResponseEntity<CommandResult> suspendPackage(@PathVariable UUID careRecordId, @PathVariable UUID packageId,
                                                        @Valid @RequestBody PackageChangeRequest body,
                                                        @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, SUSPEND_CARE_PACKAGE, ifMatch, "packages", packageId,
                at -> body.toSuspension(careRecordId, packageId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/packages/{packageId}/resumption")
    @Operation(summary = "Resume a suspended care package")
    public ResponseEntity<CommandResult> resumePackage(@PathVariable UUID careRecordId, @PathVariable UUID packageId,
                                                       @Valid @RequestBody(required = false) NoDetails body,
                                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, RESUME_CARE_PACKAGE, ifMatch, "packages", packageId,
                at -> new ResumeCarePackage(careRecordId, packageId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/packages/{packageId}/ending", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "End a care package, with a reason")
    public ResponseEntity<CommandResult> endPackage(@PathVariable UUID careRecordId, @PathVariable UUID packageId,
                                                    @Valid @RequestBody PackageChangeRequest body,
                                                    @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                    @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, END_CARE_PACKAGE, ifMatch, "packages", packageId,
                at -> body.toEnding(careRecordId, packageId, who.actor(), at));
    }

    // ------------------------------------------------------------------ hospital

    @PostMapping(path = "/{careRecordId}/admissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a hospital admission at your trust",
            description = "The hospital code must be your trust's. Suspends an active package and notifies the GP practice.")
    public ResponseEntity<CommandResult> recordAdmission(@PathVariable UUID careRecordId,
                                                         @Valid @RequestBody RecordHospitalAdmissionRequest body,
                                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @AuthenticationPrincipal CareProfessional who) {
        if (!body.hospitalCode().equals(who.organisationCode())) {
            throw access.refuse(who, careRecordId, RECORD_HOSPITAL_ADMISSION.name(),
                    "named hospital " + body.hospitalCode() + ", not their own trust");
        }
        UUID admissionId = UUID.randomUUID();
        return change(who, careRecordId, RECORD_HOSPITAL_ADMISSION, ifMatch, "admissions", admissionId,
                body.hospitalCode(), person -> at -> body.toCommand(careRecordId, admissionId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/admissions/{admissionId}/discharge-plan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Plan the discharge (may be repeated; the last plan counts)")
    public ResponseEntity<CommandResult> planDischarge(@PathVariable UUID careRecordId, @PathVariable UUID admissionId,
                                                       @Valid @RequestBody PlanDischargeRequest body,
                                                       @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                       @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, PLAN_DISCHARGE, ifMatch, "admissions", admissionId,
                at -> body.toCommand(careRecordId, admissionId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/admissions/{admissionId}/discharge", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the discharge", description = "Raises a discharge notice to the registered practice.")
    public ResponseEntity<CommandResult> recordDischarge(@PathVariable UUID careRecordId, @PathVariable UUID admissionId,
                                                         @Valid @RequestBody RecordDischargeRequest body,
                                                         @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                         @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, RECORD_DISCHARGE, ifMatch, "admissions", admissionId,
                at -> body.toCommand(careRecordId, admissionId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/admissions/{admissionId}/admission-notice/acknowledgement")
    @Operation(summary = "Acknowledge the admission notice (the registered practice only)")
    public ResponseEntity<CommandResult> acknowledgeAdmissionNotice(@PathVariable UUID careRecordId, @PathVariable UUID admissionId,
                                                                    @Valid @RequestBody(required = false) NoDetails body,
                                                                    @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                                    @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, ACKNOWLEDGE_ADMISSION_NOTICE, ifMatch, "admissions", admissionId,
                at -> new AcknowledgeAdmissionNotice(careRecordId, admissionId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/admissions/{admissionId}/discharge-notice/acknowledgement")
    @Operation(summary = "Acknowledge the discharge notice (the registered practice only)")
    public ResponseEntity<CommandResult> acknowledgeDischargeNotice(@PathVariable UUID careRecordId, @PathVariable UUID admissionId,
                                                                    @Valid @RequestBody(required = false) NoDetails body,
                                                                    @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                                    @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, ACKNOWLEDGE_DISCHARGE_NOTICE, ifMatch, "admissions", admissionId,
                at -> new AcknowledgeDischargeNotice(careRecordId, admissionId, who.actor(), at));
    }

    // ------------------------------------------------------------------ review

    @PostMapping(path = "/{careRecordId}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Schedule a review on request or on a change of circumstances")
    public ResponseEntity<CommandResult> scheduleReview(@PathVariable UUID careRecordId,
                                                        @Valid @RequestBody ScheduleReviewRequest body,
                                                        @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @AuthenticationPrincipal CareProfessional who) {
        UUID reviewId = UUID.randomUUID();
        return change(who, careRecordId, SCHEDULE_REVIEW, ifMatch, "reviews", reviewId,
                at -> body.toCommand(careRecordId, reviewId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/reviews/{reviewId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a review conducted with the person and carer")
    public ResponseEntity<CommandResult> completeReview(@PathVariable UUID careRecordId, @PathVariable UUID reviewId,
                                                        @Valid @RequestBody CompleteReviewRequest body,
                                                        @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, COMPLETE_REVIEW, ifMatch, "reviews", reviewId,
                at -> body.toCommand(careRecordId, reviewId, who.actor(), at));
    }

    // ------------------------------------------------------------------ closure and emergency access

    @PostMapping(path = "/{careRecordId}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Close the care record", description = "Open referrals and the package in force end with it.")
    public ResponseEntity<CommandResult> close(@PathVariable UUID careRecordId,
                                               @Valid @RequestBody CloseCareRecordRequest body,
                                               @Parameter(description = IF_MATCH_DOC) @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @AuthenticationPrincipal CareProfessional who) {
        return change(who, careRecordId, CLOSE_CARE_RECORD, ifMatch, "closure", null,
                at -> body.toCommand(careRecordId, who.actor(), at));
    }

    @PostMapping(path = "/{careRecordId}/emergency-access", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record emergency access to a record the sharing rules would hide",
            description = "Break-glass: needs a reason, lasts at most 12 hours, is recorded on the care record and alerts the privacy officer.")
    public ResponseEntity<EmergencyAccessResult> recordEmergencyAccess(@PathVariable UUID careRecordId,
                                                                       @Valid @RequestBody EmergencyAccessRequest body,
                                                                       @AuthenticationPrincipal CareProfessional who) {
        access.reachForEmergency(who, careRecordId, RECORD_EMERGENCY_ACCESS.name(), body.reason());
        UUID accessId = UUID.randomUUID();
        Instant now = clock.instant();
        long version = commands.send(body.toCommand(careRecordId, accessId, who.actor(), now), null);
        // the privacy officer's alert is raised from the event, in the same transaction (EmergencyAccessAlerting)
        Instant expiresAt = now.plus(java.time.Duration.ofMinutes(body.minutes()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/care-records/" + careRecordId + "/emergency-access/" + accessId))
                .eTag(RecordVersions.etag(version))
                .body(new EmergencyAccessResult(careRecordId, accessId, expiresAt, version));
    }

    // ------------------------------------------------------------------ the one way every change goes

    private ResponseEntity<CommandResult> change(CareProfessional who, UUID careRecordId, ApiEndpoint endpoint,
                                                 String ifMatch, String resource, UUID resourceId,
                                                 Function<Instant, CareRecordCommand> command) {
        return change(who, careRecordId, endpoint, ifMatch, resource, resourceId, null, person -> command);
    }

    private ResponseEntity<CommandResult> change(CareProfessional who, UUID careRecordId, ApiEndpoint endpoint,
                                                 String ifMatch, String resource, UUID resourceId, String admittingTo,
                                                 Function<PersonSharingFacts, Function<Instant, CareRecordCommand>> command) {
        Long expected = RecordVersions.expected(ifMatch);
        PersonSharingFacts person = access.reach(who, careRecordId, endpoint.name(), admittingTo);
        RecordVersions.requireCurrent(expected, person);
        CareRecordCommand toSend = command.apply(person).apply(clock.instant());
        long version = commands.send(toSend, expected);
        String path = "/api/v1/care-records/" + careRecordId + "/" + resource + (resourceId == null ? "" : "/" + resourceId);
        CommandResult result = new CommandResult(careRecordId, path, resourceId, version);
        // a revision creates a package of its own, though it is sent to the package it replaces
        boolean creates = endpoint.method().name().equals("POST")
                && (endpoint.path().endsWith("/" + resource) || endpoint == REVISE_CARE_PACKAGE);
        if (creates && resourceId != null) {
            return ResponseEntity.created(URI.create(path)).eTag(RecordVersions.etag(version)).body(result);
        }
        return ResponseEntity.ok().eTag(RecordVersions.etag(version)).body(result);
    }

    private void requireLinkworkerFor(PersonSharingFacts person, String linkworkerUserId) {
        boolean attached = directory.account(linkworkerUserId)
                .map(ProfessionalDirectory.ProfessionalAccount::professional)
                .filter(p -> p.role() == Role.LINKWORKER)
                .filter(p -> p.attachedPracticeCodes().contains(person.registeredPracticeCode()))
                .isPresent();
        if (!attached) {
            throw new ApiProblemException(ApiProblem.INVALID_FIELDS.withFieldErrors(
                    "Allocate the referral to a linkworker attached to the person's practice.",
                    java.util.List.of(new ApiProblem.FieldProblem("linkworkerUserId",
                            "not a linkworker attached to practice " + person.registeredPracticeCode()))));
        }
    }

    private static String teamOf(CareProfessional who) {
        return SharingPolicy.nursingTeamOf(who);
    }
}
