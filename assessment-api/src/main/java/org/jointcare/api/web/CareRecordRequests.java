package org.jointcare.api.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jointcare.api.directory.KnownOrganisations;
import org.jointcare.api.directory.NamesOrganisations;
import org.jointcare.api.directory.OrganisationKind;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.access.RecordEmergencyAccess;
import org.jointcare.carerecord.assessment.AddContribution;
import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.AssessmentContentPolicy;
import org.jointcare.carerecord.assessment.CareActOutcome;
import org.jointcare.carerecord.assessment.ChcChecklistResult;
import org.jointcare.carerecord.assessment.CompleteJointAssessment;
import org.jointcare.carerecord.assessment.Contribution;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.IdentifiedNeed;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.assessment.NeedLevel;
import org.jointcare.carerecord.assessment.OutcomeAssessment;
import org.jointcare.carerecord.assessment.Responsibility;
import org.jointcare.carerecord.assessment.StartJointAssessment;
import org.jointcare.carerecord.assessment.UnableReason;
import org.jointcare.carerecord.carepackage.AmendCarePackage;
import org.jointcare.carerecord.carepackage.ArrangeCarePackage;
import org.jointcare.carerecord.carepackage.EndCarePackage;
import org.jointcare.carerecord.carepackage.Funding;
import org.jointcare.carerecord.carepackage.FundingStream;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ProviderType;
import org.jointcare.carerecord.carepackage.ReviseCarePackage;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.carepackage.SuspendCarePackage;
import org.jointcare.carerecord.closure.CloseCareRecord;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.RecordConsent;
import org.jointcare.carerecord.hospital.Admission;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.DischargePlan;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.MedicationChangeKind;
import org.jointcare.carerecord.hospital.PlanDischarge;
import org.jointcare.carerecord.hospital.RecordDischarge;
import org.jointcare.carerecord.hospital.RecordHospitalAdmission;
import org.jointcare.carerecord.referral.AcceptReferral;
import org.jointcare.carerecord.referral.CloseReferral;
import org.jointcare.carerecord.referral.ReceiveReferral;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.AssignNursingTeam;
import org.jointcare.carerecord.registration.Carer;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.NhsNumber;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.jointcare.carerecord.review.CompleteReview;
import org.jointcare.carerecord.review.ReviewFindings;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.jointcare.carerecord.review.ScheduleReview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The bodies of the care record's commands over HTTP. They never carry who or when: the actor
 * comes from the authenticated professional and the time from the server's clock. Each checks
 * the shape of what is sent (missing, too long, out of range); the care record itself still
 * decides every business rule.
 */
public final class CareRecordRequests {

    private CareRecordRequests() {
    }

    static final String CODE = "[A-Za-z0-9-]{2,16}";
    static final int TEXT = 2000;
    static final int NAME = 200;

    // ------------------------------------------------------------------ registration

    public record RegisterPersonRequest(
            @Pattern(regexp = "[0-9 -]{10,14}", message = "must be a 10-digit NHS number") String nhsNumber,
            @NotNull @Valid PersonDetailsRequest person) {

        public RegisterPerson toCommand(UUID careRecordId, Actor by, Instant at) {
            return new RegisterPerson(careRecordId, nhsNumber == null ? null : new NhsNumber(nhsNumber),
                    person.toDetails(), by, at);
        }
    }

    @KnownOrganisations
    public record PersonDetailsRequest(
            @NotBlank @Size(max = NAME) String givenName,
            @NotBlank @Size(max = NAME) String familyName,
            @NotNull @PastOrPresent LocalDate dateOfBirth,
            @NotBlank @Pattern(regexp = CODE, message = "must be an organisation code such as J82034") String registeredPracticeCode,
            @NotBlank @Size(max = NAME) String locality,
            @Size(max = 100) String preferredLanguage,
            Boolean interpreterNeeded,
            @FreeText @Size(max = TEXT) String communicationNeeds,
            LivingSituation livingSituation,
            @Size(max = 10) List<@NotNull @Valid CarerRequest> carers) implements NamesOrganisations {

        @Override
        public List<NamedCode> organisationCodes() {
            return List.of(NamedCode.of("registeredPracticeCode", registeredPracticeCode, OrganisationKind.PRACTICE));
        }

        PersonDetails toDetails() {
            return new PersonDetails(givenName, familyName, dateOfBirth, registeredPracticeCode, locality,
                    preferredLanguage, Boolean.TRUE.equals(interpreterNeeded), communicationNeeds, livingSituation,
                    carers == null ? List.of() : carers.stream().map(CarerRequest::toCarer).toList());
        }
    }

    public record CarerRequest(
            @NotBlank @Size(max = NAME) String name,
            @Size(max = NAME) String relationship,
            @Size(max = NAME) String contact,
            @FreeText @Size(max = TEXT) String ownNeeds) {

        Carer toCarer() {
            return new Carer(name, relationship, contact, ownNeeds);
        }
    }

    @KnownOrganisations
    public record AssignNursingTeamRequest(
            @NotBlank @Pattern(regexp = CODE, message = "must be a team code such as DN-NORTH") String nursingTeamCode)
            implements NamesOrganisations {

        @Override
        public List<NamedCode> organisationCodes() {
            return List.of(NamedCode.of("nursingTeamCode", nursingTeamCode, OrganisationKind.NURSING_TEAM));
        }

        public AssignNursingTeam toCommand(UUID careRecordId, Actor by, Instant at) {
            return new AssignNursingTeam(careRecordId, nursingTeamCode, by, at);
        }
    }

    public record RecordConsentRequest(
            @NotNull ConsentDecision decision,
            @FreeText @Size(max = TEXT) String limits) {

        public RecordConsent toCommand(UUID careRecordId, Actor by, Instant at) {
            return new RecordConsent(careRecordId, decision, limits, by, at);
        }
    }

    // ------------------------------------------------------------------ referral

    /**
     * A requester from our own services (the practice's team, district nursing, social services)
     * names their organisation by a code the directory holds; the person, a carer, a hospital or
     * a voluntary organisation may name any code or none.
     */
    @KnownOrganisations
    public record ReceiveReferralRequest(
            @NotNull ReferralSource source,
            @NotNull @Valid RequesterRequest requester,
            @FreeText @NotBlank @Size(max = TEXT) String reason,
            @NotNull Urgency urgency) implements NamesOrganisations {

        @Override
        public List<NamedCode> organisationCodes() {
            if (source == null || requester == null) {
                return List.of();
            }
            String field = "requester.organisationCode";
            String code = requester.organisationCode();
            return switch (source) {
                case GP, PRACTICE_NURSE -> List.of(NamedCode.of(field, code, OrganisationKind.PRACTICE));
                case DISTRICT_NURSE, HEALTH_VISITOR ->
                        List.of(NamedCode.of(field, code, OrganisationKind.NURSING_TEAM, OrganisationKind.PRACTICE));
                case SOCIAL_SERVICES -> List.of(NamedCode.of(field, code, OrganisationKind.SOCIAL_CARE_TEAM));
                case SELF, CARER, HOSPITAL, VOLUNTARY_ORGANISATION -> List.of();
            };
        }

        public ReceiveReferral toCommand(UUID careRecordId, UUID referralId, Actor by, Instant at) {
            return new ReceiveReferral(careRecordId, referralId, source,
                    new Requester(requester.name(), requester.organisationCode()), reason, urgency, by, at);
        }
    }

    public record RequesterRequest(
            @NotBlank @Size(max = NAME) String name,
            @Size(max = 16) String organisationCode) {
    }

    public record AcceptReferralRequest(
            @NotBlank @Size(max = 64) String linkworkerUserId) {

        public AcceptReferral toCommand(UUID careRecordId, UUID referralId, Actor by, Instant at) {
            return new AcceptReferral(careRecordId, referralId, linkworkerUserId, by, at);
        }
    }

    public record CloseReferralRequest(
            @NotNull ReferralClosure closure,
            @FreeText @NotBlank @Size(max = TEXT) String reason) {

        public CloseReferral toCommand(UUID careRecordId, UUID referralId, Actor by, Instant at) {
            return new CloseReferral(careRecordId, referralId, closure, reason, by, at);
        }
    }

    // ------------------------------------------------------------------ joint assessment

    public record StartJointAssessmentRequest(
            @NotNull UUID referralId,
            @NotBlank @Size(max = 64) String leadAssessorUserId) {

        public StartJointAssessment toCommand(UUID careRecordId, UUID assessmentId, Actor by, Instant at) {
            return new StartJointAssessment(careRecordId, assessmentId, referralId, leadAssessorUserId, by, at);
        }
    }

    /**
     * {@code discipline} may be left out: it follows from who is signed in (GP practice: GP,
     * district nurse: district nursing, linkworker: social care). Sent, it must be one the
     * signed-in role contributes in, or the care record refuses it.
     */
    public record AddContributionRequest(
            Discipline discipline,
            @Size(max = NAME) String contributorName,
            @FreeText @NotBlank @Size(max = TEXT) String summary,
            @Size(max = 24) List<@NotNull @Valid NeedRequest> needs,
            @Size(max = 10) List<@NotNull @Valid OutcomeRequest> outcomes,
            @FreeText @Size(max = TEXT) String medicalHistory,
            @FreeText @Size(max = TEXT) String prognosis) {

        public AddContribution toCommand(UUID careRecordId, UUID assessmentId, Actor by, Instant at) {
            Discipline as = discipline == null ? AssessmentContentPolicy.ownDisciplineOf(by.role()) : discipline;
            return new AddContribution(careRecordId, assessmentId, new Contribution(as, contributorName, summary,
                    needs == null ? List.of() : needs.stream().map(NeedRequest::toNeed).toList(),
                    toOutcomes(outcomes), medicalHistory, prognosis), by, at);
        }
    }

    public record NeedRequest(
            @NotNull NeedDomain domain,
            @NotNull NeedLevel level,
            @FreeText @Size(max = TEXT) String description) {

        IdentifiedNeed toNeed() {
            return new IdentifiedNeed(domain, level, description);
        }
    }

    public record OutcomeRequest(
            @NotNull CareActOutcome outcome,
            @NotNull Boolean achieved,
            UnableReason unableReason,
            @FreeText @Size(max = TEXT) String note) {

        OutcomeAssessment toOutcome() {
            return new OutcomeAssessment(outcome, achieved, unableReason, note);
        }
    }

    static List<OutcomeAssessment> toOutcomes(List<OutcomeRequest> outcomes) {
        return outcomes == null ? List.of() : outcomes.stream().map(OutcomeRequest::toOutcome).toList();
    }

    public record CompleteJointAssessmentRequest(
            @Size(max = 24) List<@NotNull @Valid AgreedNeedRequest> agreedNeeds,
            @NotNull Boolean needsArisingFromImpairmentOrIllness,
            @Size(max = 10) List<@NotNull @Valid OutcomeRequest> outcomes,
            @NotNull Boolean significantImpactOnWellbeing,
            @FreeText @NotBlank @Size(max = TEXT) String personViewsAndWishes,
            @FreeText @Size(max = TEXT) String carerNeeds,
            @NotNull ChcChecklistResult chcChecklist) {

        public CompleteJointAssessment toCommand(UUID careRecordId, UUID assessmentId, Actor by, Instant at) {
            return new CompleteJointAssessment(careRecordId, assessmentId, new AssessmentConclusion(
                    agreedNeeds == null ? List.of() : agreedNeeds.stream().map(AgreedNeedRequest::toNeed).toList(),
                    needsArisingFromImpairmentOrIllness, toOutcomes(outcomes), significantImpactOnWellbeing,
                    personViewsAndWishes, carerNeeds, chcChecklist), by, at);
        }
    }

    public record AgreedNeedRequest(
            @NotNull NeedDomain domain,
            @NotNull NeedLevel level,
            @NotNull Responsibility responsibility,
            @FreeText @Size(max = TEXT) String description) {

        AgreedNeed toNeed() {
            return new AgreedNeed(domain, level, responsibility, description);
        }
    }

    // ------------------------------------------------------------------ care package

    public record ArrangeCarePackageRequest(
            @NotNull UUID assessmentId,
            @NotNull LocalDate startDate,
            @NotNull @Valid PackageTermsRequest terms) {

        public ArrangeCarePackage toCommand(UUID careRecordId, UUID packageId, Actor by, Instant at) {
            return new ArrangeCarePackage(careRecordId, packageId, assessmentId, startDate, terms.toTerms(), by, at);
        }
    }

    public record PackageTermsRequest(
            @NotEmpty @Size(max = 20) List<@NotNull @Valid PlannedServiceRequest> services,
            @NotNull @PositiveOrZero @Max(10_000_000) Long personContributionPencePerWeek) {

        PackageTerms toTerms() {
            return new PackageTerms(services.stream().map(PlannedServiceRequest::toService).toList(),
                    personContributionPencePerWeek);
        }
    }

    public record PlannedServiceRequest(
            @NotNull ServiceType type,
            @NotNull ProviderType providerType,
            @NotBlank @Size(max = NAME) String providerName,
            @NotNull @Min(1) @Max(168) Integer unitsPerWeek,
            @NotNull @PositiveOrZero @Max(10_000_000) Long unitCostPence,
            @NotNull @Valid FundingRequest funding,
            Set<@NotNull NeedDomain> meetsNeeds) {

        PlannedService toService() {
            return new PlannedService(type, providerType, providerName, unitsPerWeek, unitCostPence,
                    new Funding(funding.stream(), funding.healthPercent(), funding.socialCarePercent()), meetsNeeds);
        }
    }

    public record FundingRequest(
            @NotNull FundingStream stream,
            @NotNull @Min(0) @Max(100) Integer healthPercent,
            @NotNull @Min(0) @Max(100) Integer socialCarePercent) {
    }

    /** A revised package replacing the one in force (named in the path), after a review or a new assessment. */
    public record ReviseCarePackageRequest(
            @NotNull UUID assessmentId,
            @NotNull LocalDate startDate,
            @NotNull @Valid PackageTermsRequest terms,
            @NotBlank @Size(max = TEXT) String reason) {

        public ReviseCarePackage toCommand(UUID careRecordId, UUID packageId, UUID replacesPackageId, Actor by, Instant at) {
            return new ReviseCarePackage(careRecordId, packageId, replacesPackageId, assessmentId, startDate, terms.toTerms(),
                    reason, by, at);
        }
    }

    public record AmendCarePackageRequest(
            @NotNull LocalDate effectiveFrom,
            @NotNull @Valid PackageTermsRequest terms,
            @FreeText @NotBlank @Size(max = TEXT) String reason) {

        public AmendCarePackage toCommand(UUID careRecordId, UUID packageId, Actor by, Instant at) {
            return new AmendCarePackage(careRecordId, packageId, effectiveFrom, terms.toTerms(), reason, by, at);
        }
    }

    /** Suspending or ending a package: both need a reason. */
    public record PackageChangeRequest(
            @FreeText @NotBlank @Size(max = TEXT) String reason) {

        public SuspendCarePackage toSuspension(UUID careRecordId, UUID packageId, Actor by, Instant at) {
            return new SuspendCarePackage(careRecordId, packageId, reason, by, at);
        }

        public EndCarePackage toEnding(UUID careRecordId, UUID packageId, Actor by, Instant at) {
            return new EndCarePackage(careRecordId, packageId, reason, by, at);
        }
    }

    /** A body-less action (resuming a package, acknowledging a notice); an empty object is accepted too. */
    public record NoDetails() {
    }

    // ------------------------------------------------------------------ hospital

    @KnownOrganisations
    public record RecordHospitalAdmissionRequest(
            @NotBlank @Size(max = NAME) String hospitalName,
            @NotBlank @Pattern(regexp = CODE, message = "must be the trust's organisation code such as RD1") String hospitalCode,
            @NotBlank @Size(max = NAME) String ward,
            @NotNull @PastOrPresent Instant admittedAt,
            @NotNull AdmissionType type,
            Boolean privatePatient) implements NamesOrganisations {

        @Override
        public List<NamedCode> organisationCodes() {
            return List.of(NamedCode.of("hospitalCode", hospitalCode, OrganisationKind.HOSPITAL_TRUST));
        }

        public RecordHospitalAdmission toCommand(UUID careRecordId, UUID admissionId, Actor by, Instant at) {
            return new RecordHospitalAdmission(careRecordId, admissionId, new Admission(hospitalName, hospitalCode, ward,
                    admittedAt, type, Boolean.TRUE.equals(privatePatient)), by, at);
        }
    }

    public record PlanDischargeRequest(
            @NotNull LocalDate expectedDate,
            @NotNull Boolean medicallyFit,
            @NotNull DischargePathway pathway,
            @Size(max = 20) List<@NotBlank @Size(max = NAME) String> toBeInPlaceFirst) {

        public PlanDischarge toCommand(UUID careRecordId, UUID admissionId, Actor by, Instant at) {
            return new PlanDischarge(careRecordId, admissionId,
                    new DischargePlan(expectedDate, medicallyFit, pathway, toBeInPlaceFirst), by, at);
        }
    }

    public record RecordDischargeRequest(
            @NotNull @PastOrPresent Instant dischargedAt,
            @NotNull DischargeDestination destination,
            @FreeText @NotBlank @Size(max = 10_000) String clinicalSummary,
            @Size(max = 50) List<@NotNull @Valid MedicationChangeRequest> medicationChanges,
            @Size(max = 20) List<@NotNull @Valid FollowUpActionRequest> followUpActions,
            @FreeText @Size(max = TEXT) String informationGiven,
            DelayReason delayReason) {

        public RecordDischarge toCommand(UUID careRecordId, UUID admissionId, Actor by, Instant at) {
            return new RecordDischarge(careRecordId, admissionId, new DischargeSummary(dischargedAt, destination,
                    clinicalSummary,
                    medicationChanges == null ? List.of() : medicationChanges.stream()
                            .map(m -> new MedicationChange(m.medication(), m.kind(), m.detail())).toList(),
                    followUpActions == null ? List.of() : followUpActions.stream()
                            .map(f -> new FollowUpAction(f.forWhom(), f.action())).toList(),
                    informationGiven, delayReason), by, at);
        }
    }

    public record MedicationChangeRequest(
            @NotBlank @Size(max = NAME) String medication,
            @NotNull MedicationChangeKind kind,
            @FreeText @Size(max = TEXT) String detail) {
    }

    public record FollowUpActionRequest(
            @NotNull FollowUpFor forWhom,
            @FreeText @NotBlank @Size(max = TEXT) String action) {
    }

    // ------------------------------------------------------------------ review

    public record ScheduleReviewRequest(
            @NotNull LocalDate dueBy,
            @NotNull ReviewTrigger trigger) {

        public ScheduleReview toCommand(UUID careRecordId, UUID reviewId, Actor by, Instant at) {
            return new ScheduleReview(careRecordId, reviewId, dueBy, trigger, by, at);
        }
    }

    public record CompleteReviewRequest(
            @NotNull @PastOrPresent LocalDate conductedOn,
            @NotNull Boolean needsMet,
            @NotNull ReviewOutcome outcome,
            @FreeText @NotBlank @Size(max = TEXT) String personViews,
            @FreeText @Size(max = TEXT) String carerViews,
            @FreeText @Size(max = TEXT) String notes) {

        public CompleteReview toCommand(UUID careRecordId, UUID reviewId, Actor by, Instant at) {
            return new CompleteReview(careRecordId, reviewId, conductedOn,
                    new ReviewFindings(needsMet, outcome, personViews, carerViews, notes), by, at);
        }
    }

    // ------------------------------------------------------------------ closure and emergency access

    public record CloseCareRecordRequest(
            @NotNull ClosureReason reason,
            @FreeText @Size(max = TEXT) String note) {

        public CloseCareRecord toCommand(UUID careRecordId, Actor by, Instant at) {
            return new CloseCareRecord(careRecordId, reason, note, by, at);
        }
    }

    public record EmergencyAccessRequest(
            @FreeText @NotBlank @Size(max = 1000) String reason,
            @NotNull @Min(1) @Max(720) Integer minutes) {

        public RecordEmergencyAccess toCommand(UUID careRecordId, UUID accessId, Actor by, Instant at) {
            return new RecordEmergencyAccess(careRecordId, accessId, reason, Duration.ofMinutes(minutes), by, at);
        }
    }
}
