package org.jointcare.views.recordhistory;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.Clinical;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.carerecord.assessment.AgreedNeed;
import org.jointcare.carerecord.assessment.Contribution;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.IdentifiedNeed;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageRevised;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarerSupportKind;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.followup.NursingVisitRecorded;
import org.jointcare.carerecord.followup.SocialCareFollowUpRecorded;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewScheduled;
import org.jointcare.views.EventTable;

/**
 * Puts each event of a care record into the plain words a professional from another agency
 * understands. Clinical detail (the clinical summary and medication changes of a discharge, the
 * GP's medical history and prognosis) is worded apart from the rest, so it can be withheld.
 */
final class RecordHistoryWording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(CareCalendar.ZONE);

    /** What happened, and separately the clinical detail of it (null when there is none). */
    record Wording(String what, @Clinical String clinicalDetail) {
        static Wording of(String what) {
            return new Wording(what, null);
        }
    }

    /** How each event of a record is worded in its history. */
    static final EventTable<Void, Wording> WORDING = EventTable.<Void, Wording>named("the record history's wording", null)
            .on(PersonRegistered.class, (e, nothing) -> worded(e))
            .on(PersonDetailsChanged.class, (e, nothing) -> worded(e))
            .on(PersonMovedPractice.class, (e, nothing) -> worded(e))
            .on(NursingTeamAssigned.class, (e, nothing) -> worded(e))
            .on(ConsentRecorded.class, (e, nothing) -> worded(e))
            .on(ReferralReceived.class, (e, nothing) -> worded(e))
            .on(ReferralAccepted.class, (e, nothing) -> worded(e))
            .on(ReferralClosed.class, (e, nothing) -> worded(e))
            .on(JointAssessmentStarted.class, (e, nothing) -> worded(e))
            .on(ContributionAdded.class, (e, nothing) -> worded(e))
            .on(JointAssessmentCompleted.class, (e, nothing) -> worded(e))
            .on(CarePackageArranged.class, (e, nothing) -> worded(e))
            .on(CarePackageRevised.class, (e, nothing) -> worded(e))
            .on(CarePackageAmended.class, (e, nothing) -> worded(e))
            .on(CarePackageSuspended.class, (e, nothing) -> worded(e))
            .on(CarePackageResumed.class, (e, nothing) -> worded(e))
            .on(CarePackageEnded.class, (e, nothing) -> worded(e))
            .on(PersonAdmittedToHospital.class, (e, nothing) -> worded(e))
            .on(AdmissionNoticeAcknowledged.class, (e, nothing) -> worded(e))
            .on(DischargePlanned.class, (e, nothing) -> worded(e))
            .on(PersonDischargedFromHospital.class, (e, nothing) -> worded(e))
            .on(DischargeNoticeRaised.class, (e, nothing) -> worded(e))
            .on(DischargeNoticeAcknowledged.class, (e, nothing) -> worded(e))
            .on(DischargeSummaryCorrected.class, (e, nothing) -> worded(e))
            .on(NursingVisitRecorded.class, (e, nothing) -> worded(e))
            .on(SocialCareFollowUpRecorded.class, (e, nothing) -> worded(e))
            .on(CarersAssessmentRequested.class, (e, nothing) -> worded(e))
            .on(CarersAssessmentCarriedOut.class, (e, nothing) -> worded(e))
            .on(CarerSupportArranged.class, (e, nothing) -> worded(e))
            .on(ReviewScheduled.class, (e, nothing) -> worded(e))
            .on(ReviewCompleted.class, (e, nothing) -> worded(e))
            .on(EmergencyAccessGranted.class, (e, nothing) -> worded(e))
            .on(CareRecordClosed.class, (e, nothing) -> worded(e))
            .on(CareRecordReopened.class, (e, nothing) -> worded(e))
            .on(PersonDied.class, (e, nothing) -> worded(e))
            .on(DeathNoticeAcknowledged.class, (e, nothing) -> worded(e))
            .on(EntryMarkedEnteredInError.class, (e, nothing) -> worded(e))
            .ignore(RecordErased.class, "the history of an erased record is not kept: nothing is worded, the person's lines go")
            .build();

    private RecordHistoryWording() {
    }

    /** What happened and, apart, its clinical detail. */
    static Wording of(CareRecordEvent event) {
        return WORDING.apply(event);
    }

    private static Wording worded(PersonRegistered e) {
        var person = e.person();
        String carers = person.carers().isEmpty() ? "" : "; carer: " + person.carers().stream()
                .map(carer -> carer.name() + " (" + carer.relationship() + ")").collect(Collectors.joining(", "));
        String interpreter = person.interpreterNeeded() ? "; needs an interpreter (" + person.preferredLanguage() + ")" : "";
        String living = person.livingSituation() == null ? "" : "; " + words(person.livingSituation());
        return Wording.of("Registered with practice " + person.registeredPracticeCode() + " in " + person.locality()
                + living + interpreter + carers);
    }

    private static Wording worded(PersonDetailsChanged e) {
        return Wording.of("Details changed (" + e.changed().stream().map(RecordHistoryWording::detailName)
                .collect(Collectors.joining(", ")) + ") by " + e.by().userId() + ": " + e.reason());
    }

    private static Wording worded(PersonMovedPractice e) {
        return Wording.of("Moved from practice " + e.fromPracticeCode() + " to practice " + e.toPracticeCode());
    }

    private static String detailName(String detail) {
        return switch (detail) {
            case "givenName" -> "given name";
            case "familyName" -> "family name";
            case "dateOfBirth" -> "date of birth";
            case "registeredPracticeCode" -> "registered practice";
            case "preferredLanguage" -> "preferred language";
            case "interpreterNeeded" -> "interpreter";
            case "communicationNeeds" -> "communication needs";
            case "livingSituation" -> "living situation";
            case "primarySupportReason" -> "primary support reason";
            case "accommodationStatus" -> "accommodation";
            case "employmentStatus" -> "employment";
            case "ethnicity" -> "ethnic group";
            default -> detail;
        };
    }

    private static Wording worded(NursingTeamAssigned e) {
        return Wording.of("District nursing team " + e.nursingTeamCode() + " assigned");
    }

    private static Wording worded(ConsentRecorded e) {
        String limits = e.limits() == null || e.limits().isBlank() ? "" : ": " + e.limits();
        return Wording.of("Consent to share recorded: " + words(e.decision()) + limits);
    }

    private static Wording worded(ReferralReceived e) {
        String organisation = e.requester().organisationCode() == null ? "" : ", " + e.requester().organisationCode();
        return Wording.of("Referral received from " + words(e.source()) + " (" + e.requester().name() + organisation
                + "), " + words(e.urgency()) + ", to be answered by " + MOMENT.format(e.respondBy()) + ": " + e.reason());
    }

    private static Wording worded(ReferralAccepted e) {
        return Wording.of("Referral accepted and allocated to linkworker " + e.linkworkerUserId());
    }

    private static Wording worded(ReferralClosed e) {
        return Wording.of("Referral closed (" + words(e.closure()) + "): " + e.reason());
    }

    private static Wording worded(JointAssessmentStarted e) {
        return Wording.of("Joint assessment started, led by " + e.leadAssessorUserId());
    }

    private static Wording worded(ContributionAdded e) {
        return contribution(e.contribution());
    }

    private static Wording worded(JointAssessmentCompleted e) {
        var conclusion = e.conclusion();
        String needs = conclusion.agreedNeeds().stream().map(RecordHistoryWording::agreedNeed)
                .collect(Collectors.joining("; "));
        String carer = conclusion.carerNeeds() == null || conclusion.carerNeeds().isBlank() ? ""
                : ". Carer's needs: " + conclusion.carerNeeds();
        return Wording.of("Joint assessment completed: " + (e.eligibility().eligible() ? "eligible" : "not eligible")
                + " for care and support. Agreed needs: " + (needs.isEmpty() ? "none" : needs)
                + ". Continuing healthcare checklist: " + words(conclusion.chcChecklist())
                + ". The person's views and wishes: " + conclusion.personViewsAndWishes() + carer);
    }

    private static Wording worded(CarePackageArranged e) {
        String replaces = e.replacesPackageId() == null ? "" : ", replacing the previous package";
        return Wording.of("Care package arranged from " + DAY.format(e.startDate()) + replaces + ": " + terms(e.terms()));
    }

    private static Wording worded(CarePackageRevised e) {
        return Wording.of("Care package revised from " + DAY.format(e.startDate()) + ", replacing the previous package ("
                + e.reason() + "): " + terms(e.terms()));
    }

    private static Wording worded(CarePackageAmended e) {
        return Wording.of("Care package changed from " + DAY.format(e.effectiveFrom()) + " (" + e.reason() + "): "
                + terms(e.terms()));
    }

    private static Wording worded(CarePackageSuspended e) {
        return Wording.of("Care package suspended: " + e.reason());
    }

    private static Wording worded(CarePackageResumed e) {
        return Wording.of("Care package resumed");
    }

    private static Wording worded(CarePackageEnded e) {
        return Wording.of("Care package ended: " + e.reason());
    }

    private static Wording worded(PersonAdmittedToHospital e) {
        var admission = e.admission();
        String readmission = e.readmissionWithin30Days() ? "; readmitted within 30 days of the last discharge" : "";
        return Wording.of(capitalised(words(admission.type())) + " admission to " + admission.hospitalName()
                + ", " + admission.ward() + ", on " + MOMENT.format(admission.admittedAt())
                + (admission.privatePatient() ? " as a private patient" : "") + readmission
                + "; practice " + e.notifiedPracticeCode() + " notified");
    }

    private static Wording worded(AdmissionNoticeAcknowledged e) {
        return Wording.of("Admission notice acknowledged by the GP practice");
    }

    private static Wording worded(DischargePlanned e) {
        var plan = e.plan();
        String first = plan.toBeInPlaceFirst().isEmpty() ? "" : "; to be in place first: " + String.join(", ", plan.toBeInPlaceFirst());
        return Wording.of("Discharge planned for " + DAY.format(plan.expectedDate()) + ", " + words(plan.pathway())
                + (plan.medicallyFit() ? "; medically fit for discharge" : "") + first);
    }

    private static Wording worded(PersonDischargedFromHospital e) {
        return discharge(e);
    }

    private static Wording worded(DischargeNoticeRaised e) {
        return Wording.of("Discharge notice sent to practice " + e.practiceCode());
    }

    private static Wording worded(DischargeNoticeAcknowledged e) {
        return Wording.of("Discharge notice acknowledged by the GP practice");
    }

    /** The corrected summary in full, as the discharge itself is worded; the original stays above it in the history. */
    private static Wording worded(DischargeSummaryCorrected e) {
        DischargeSummary summary = e.summary();
        StringBuilder what = new StringBuilder("Discharge summary corrected by the hospital; amended notice sent to practice ")
                .append(e.practiceCode());
        if (!summary.followUpActions().isEmpty()) {
            what.append(". Follow-up: ").append(summary.followUpActions().stream()
                    .map(action -> words(action.forWhom()) + ": " + action.action()).collect(Collectors.joining("; ")));
        }
        if (summary.informationGiven() != null && !summary.informationGiven().isBlank()) {
            what.append(". Information given: ").append(summary.informationGiven());
        }
        return new Wording(what.toString(), "Corrected because: " + e.reason() + ". " + clinicalOf(summary));
    }

    /** That a nurse visited is for everyone who shares the record; what the nurse found and did is clinical. */
    private static Wording worded(NursingVisitRecorded e) {
        String why = e.admissionId() == null ? "" : e.firstAfterDischarge()
                ? ", the first after the discharge" : ", following up the discharge";
        return new Wording("District nurse visited on " + MOMENT.format(e.visitedAt()) + why, "Visit notes: " + e.notes());
    }

    private static Wording worded(SocialCareFollowUpRecorded e) {
        return Wording.of("Social care follow-up after the discharge on " + MOMENT.format(e.followedUpAt()) + ": " + e.outcome());
    }

    private static Wording worded(CarersAssessmentRequested e) {
        var carer = e.carer();
        String contact = carer.contact() == null || carer.contact().isBlank() ? "" : ", contact " + carer.contact();
        return Wording.of("Carer's assessment requested by " + e.by().userId() + " for " + carer.name() + " ("
                + carer.relationship() + contact + ")");
    }

    private static Wording worded(CarersAssessmentCarriedOut e) {
        var findings = e.findings();
        return Wording.of("Carer's assessment carried out on " + DAY.format(e.carriedOutOn()) + " by " + e.by().userId()
                + ": " + e.eligibility().explanation()
                + (findings.ableAndWillingToContinueCaring() ? " The carer is able and willing to go on caring."
                        : " The carer is not able or not willing to go on caring.")
                + " The carer says: " + findings.carerViews());
    }

    private static Wording worded(CarerSupportArranged e) {
        String how = e.kind() == CarerSupportKind.SERVICE_IN_PACKAGE
                ? words(e.service()) + " in the person's care package"
                : "a support plan of the carer's own: " + e.plan();
        return Wording.of("Support for the carer from " + DAY.format(e.startDate()) + ": " + how);
    }

    private static Wording worded(ReviewScheduled e) {
        return Wording.of("Review due between " + DAY.format(e.dueFrom()) + " and " + DAY.format(e.dueBy())
                + " (" + words(e.trigger()) + ")");
    }

    private static Wording worded(ReviewCompleted e) {
        var findings = e.findings();
        String carer = findings.carerViews() == null || findings.carerViews().isBlank() ? ""
                : "; the carer says: " + findings.carerViews();
        return Wording.of("Review held on " + DAY.format(e.conductedOn()) + ": needs "
                + (findings.needsMet() ? "met" : "not met") + ", package to " + words(findings.outcome())
                + "; the person says: " + findings.personViews() + carer);
    }

    private static Wording worded(EmergencyAccessGranted e) {
        return Wording.of("Emergency access to the record until " + MOMENT.format(e.expiresAt()) + ": " + e.reason());
    }

    private static Wording worded(CareRecordClosed e) {
        return Wording.of("Care record closed: " + words(e.reason()));
    }

    private static Wording worded(PersonDied e) {
        return Wording.of("Died on " + DAY.format(e.dateOfDeath()) + " (recorded by " + e.by().userId() + ", "
                + e.by().organisationCode() + ")");
    }

    private static Wording worded(DeathNoticeAcknowledged e) {
        return Wording.of("Notice of the death acknowledged for " + e.by().organisationCode());
    }

    /**
     * Only that an entry was marked, and of what kind: the entry was about someone else, so neither
     * its content nor the reason (which may name the right person) is worded; its own line goes.
     */
    private static Wording worded(EntryMarkedEnteredInError e) {
        return Wording.of("An entry (" + words(e.kind()) + ") was marked entered in error by " + e.by().userId()
                + " of " + e.by().organisationCode());
    }

    private static Wording worded(CareRecordReopened e) {
        return Wording.of("Care record reopened by a new referral");
    }

    private static Wording contribution(Contribution contribution) {
        String needs = contribution.needs().stream().map(RecordHistoryWording::identifiedNeed).collect(Collectors.joining("; "));
        String what = capitalised(words(contribution.discipline())) + " contribution by " + contribution.contributorName()
                + ": " + contribution.summary() + (needs.isEmpty() ? "" : ". Needs found: " + needs);
        List<String> clinical = new ArrayList<>();
        if (contribution.medicalHistory() != null && !contribution.medicalHistory().isBlank()) {
            clinical.add("Medical history: " + contribution.medicalHistory());
        }
        if (contribution.prognosis() != null && !contribution.prognosis().isBlank()) {
            clinical.add("Prognosis: " + contribution.prognosis());
        }
        return new Wording(what, clinical.isEmpty() ? null : String.join(". ", clinical));
    }

    private static Wording discharge(PersonDischargedFromHospital event) {
        DischargeSummary summary = event.summary();
        StringBuilder what = new StringBuilder("Discharged on ").append(MOMENT.format(summary.dischargedAt()))
                .append(" to ").append(words(summary.destination()));
        if (event.daysLaterThanPlanned() > 0) {
            what.append(", ").append(event.daysLaterThanPlanned()).append(" day(s) later than planned");
            if (summary.delayReason() != null) {
                what.append(" (").append(words(summary.delayReason())).append(')');
            }
        }
        if (!summary.followUpActions().isEmpty()) {
            what.append(". Follow-up: ").append(summary.followUpActions().stream()
                    .map(action -> words(action.forWhom()) + ": " + action.action()).collect(Collectors.joining("; ")));
        }
        if (summary.informationGiven() != null && !summary.informationGiven().isBlank()) {
            what.append(". Information given: ").append(summary.informationGiven());
        }
        return new Wording(what.toString(), clinicalOf(summary));
    }

    private static String clinicalOf(DischargeSummary summary) {
        StringBuilder clinical = new StringBuilder("Clinical summary: ").append(summary.clinicalSummary());
        if (!summary.medicationChanges().isEmpty()) {
            clinical.append(". Medication changes: ").append(summary.medicationChanges().stream()
                    .map(RecordHistoryWording::medicationChange).collect(Collectors.joining("; ")));
        }
        return clinical.toString();
    }

    private static String medicationChange(MedicationChange change) {
        return words(change.kind()) + " " + change.medication()
                + (change.detail() == null || change.detail().isBlank() ? "" : " (" + change.detail() + ")");
    }

    private static String identifiedNeed(IdentifiedNeed need) {
        return words(need.domain()) + " (" + words(need.level()) + ")"
                + (need.description() == null || need.description().isBlank() ? "" : " " + need.description());
    }

    private static String agreedNeed(AgreedNeed need) {
        return words(need.domain()) + " (" + words(need.level()) + ", " + words(need.responsibility()) + ")";
    }

    private static String terms(PackageTerms terms) {
        String services = terms.services().stream().map(RecordHistoryWording::service).collect(Collectors.joining("; "));
        return services + ". Weekly cost " + pounds(terms.weeklyCostPence()) + ", the person pays "
                + pounds(terms.personContributionPencePerWeek()) + " a week";
    }

    private static String service(PlannedService service) {
        return words(service.type()) + " " + service.unitsPerWeek() + " a week by " + service.providerName()
                + " (" + words(service.funding().stream()) + " funded)";
    }

    static String pounds(long pence) {
        return String.format(Locale.UK, "£%d.%02d", pence / 100, Math.abs(pence % 100));
    }

    /** An enum constant or class name as words: PATHWAY_1_HOME_WITH_SUPPORT → "pathway 1 home with support". */
    private static String words(Object value) {
        String name = value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
        if (!(value instanceof Enum<?>)) {
            name = name.replaceAll("([a-z])([A-Z])", "$1_$2");
        }
        return name.replace('_', ' ').toLowerCase(Locale.UK)
                .replaceAll("\\bgp\\b", "GP")
                .replaceAll("\\bnhs\\b", "NHS");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
