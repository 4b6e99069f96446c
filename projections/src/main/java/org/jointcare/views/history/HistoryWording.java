package org.jointcare.views.history;

import java.util.stream.Collectors;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageRevised;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewScheduled;

/**
 * How the history words each event for professionals: {@link #what} without clinical detail,
 * {@link #clinicalDetail} with only that.
 */
final class HistoryWording {

    private HistoryWording() {
    }

    static String what(CareRecordEvent event) {
        if (event instanceof PersonRegistered e) {
            return "Registered with practice " + e.person().registeredPracticeCode() + " in " + e.person().locality()
                    + (e.nhsNumber() == null ? " (no NHS number)" : "")
                    + (e.person().interpreterNeeded() ? "; interpreter needed (" + e.person().preferredLanguage() + ")" : "")
                    + (e.person().carers().isEmpty() ? "" : "; " + e.person().carers().size() + " carer(s) recorded");
        } else if (event instanceof NursingTeamAssigned e) {
            return "Nursing team " + e.nursingTeamCode() + " assigned";
        } else if (event instanceof ConsentRecorded e) {
            return "Consent to share: " + e.decision() + (e.limits() == null ? "" : " (limits: " + e.limits() + ")");
        } else if (event instanceof ReferralReceived e) {
            return e.urgency() + " referral " + e.referralId() + " from " + e.source()
                    + (e.requester() == null ? "" : " (" + e.requester().name() + ")") + ": " + e.reason()
                    + "; respond by " + e.respondBy();
        } else if (event instanceof ReferralAccepted e) {
            return "Referral " + e.referralId() + " accepted, allocated to " + e.linkworkerUserId();
        } else if (event instanceof ReferralClosed e) {
            return "Referral " + e.referralId() + " closed: " + e.closure() + " - " + e.reason();
        } else if (event instanceof JointAssessmentStarted e) {
            return "Joint assessment " + e.assessmentId() + " started from referral " + e.referralId()
                    + ", led by " + e.leadAssessorUserId();
        } else if (event instanceof ContributionAdded e) {
            return e.contribution().discipline() + " contribution to assessment " + e.assessmentId()
                    + (e.contribution().contributorName() == null ? "" : " by " + e.contribution().contributorName())
                    + ": " + e.contribution().summary()
                    + (e.contribution().needs().isEmpty() ? "" : "; needs: " + e.contribution().needs().stream()
                    .map(n -> n.domain() + " " + n.level()).collect(Collectors.joining(", ")));
        } else if (event instanceof JointAssessmentCompleted e) {
            return "Joint assessment " + e.assessmentId() + " completed; agreed needs: "
                    + e.conclusion().agreedNeeds().stream().map(n -> n.domain() + " " + n.level() + " (" + n.responsibility() + ")")
                    .collect(Collectors.joining(", "))
                    + "; " + e.eligibility().explanation() + " CHC checklist: " + e.conclusion().chcChecklist();
        } else if (event instanceof CarePackageArranged e) {
            return "Care package " + e.packageId() + " arranged from " + e.startDate() + ": " + terms(e.terms())
                    + (e.replacesPackageId() == null ? "" : "; replaces package " + e.replacesPackageId());
        } else if (event instanceof CarePackageRevised e) {
            return "Care package " + e.packageId() + " revised from " + e.startDate() + " (" + e.reason() + "): "
                    + terms(e.terms()) + "; replaces package " + e.replacesPackageId()
                    + ", whose outstanding review gives way to this package's first review";
        } else if (event instanceof CarePackageAmended e) {
            return "Care package " + e.packageId() + " amended from " + e.effectiveFrom() + " (" + e.reason() + "): " + terms(e.terms());
        } else if (event instanceof CarePackageSuspended e) {
            return "Care package " + e.packageId() + " suspended: " + e.reason();
        } else if (event instanceof CarePackageResumed e) {
            return "Care package " + e.packageId() + " resumed";
        } else if (event instanceof CarePackageEnded e) {
            return "Care package " + e.packageId() + " ended: " + e.reason();
        } else if (event instanceof PersonAdmittedToHospital e) {
            return (e.admission().type() + " admission to " + e.admission().hospitalName() + ", ward " + e.admission().ward()
                    + " at " + e.admission().admittedAt() + (e.admission().privatePatient() ? " (private patient)" : "")
                    + "; practice " + e.notifiedPracticeCode() + " notified"
                    + (e.readmissionWithin30Days() ? "; READMISSION within 30 days of the last discharge" : ""));
        } else if (event instanceof AdmissionNoticeAcknowledged e) {
            return "Admission notice acknowledged by the practice";
        } else if (event instanceof DischargePlanned e) {
            return "Discharge planned for " + e.plan().expectedDate() + " on " + e.plan().pathway()
                    + (e.plan().medicallyFit() ? "; medically fit" : "")
                    + (e.plan().toBeInPlaceFirst().isEmpty() ? "" : "; first: " + String.join(", ", e.plan().toBeInPlaceFirst()));
        } else if (event instanceof PersonDischargedFromHospital e) {
            return "Discharged at " + e.summary().dischargedAt() + " to " + e.summary().destination()
                    + (e.daysLaterThanPlanned() > 0 ? "; " + e.daysLaterThanPlanned() + " day(s) later than planned ("
                    + e.summary().delayReason() + ")" : "")
                    + (e.summary().followUpActions().isEmpty() ? "" : "; follow-up: " + e.summary().followUpActions().stream()
                    .map(a -> a.forWhom() + ": " + a.action()).collect(Collectors.joining("; ")));
        } else if (event instanceof DischargeNoticeRaised e) {
            return "Discharge notice sent to practice " + e.practiceCode();
        } else if (event instanceof DischargeNoticeAcknowledged e) {
            return "Discharge notice acknowledged by the practice";
        } else if (event instanceof ReviewScheduled e) {
            return "Review due " + e.dueFrom() + " to " + e.dueBy() + " (" + e.trigger() + ")";
        } else if (event instanceof ReviewCompleted e) {
            return "Review conducted on " + e.conductedOn() + ": needs " + (e.findings().needsMet() ? "met" : "not met")
                    + ", outcome " + e.findings().outcome() + "; the person says: " + e.findings().personViews();
        } else if (event instanceof EmergencyAccessGranted e) {
            return "Emergency access granted until " + e.expiresAt() + ": " + e.reason();
        } else if (event instanceof CareRecordClosed e) {
            return "Record closed: " + e.reason() + (e.note() == null ? "" : " (" + e.note() + ")");
        } else if (event instanceof CareRecordReopened e) {
            return "Record reopened by referral " + e.referralId();
        }
        return event.getClass().getSimpleName();
    }

    static String clinicalDetail(CareRecordEvent event) {
        if (event instanceof ContributionAdded e) {
            String detail = join("Medical history: ", e.contribution().medicalHistory(), "Prognosis: ", e.contribution().prognosis());
            return detail.isEmpty() ? null : detail;
        } else if (event instanceof PersonDischargedFromHospital e) {
            String medication = e.summary().medicationChanges().stream()
                    .map(m -> m.kind() + " " + m.medication() + (m.detail() == null ? "" : " (" + m.detail() + ")"))
                    .collect(Collectors.joining("; "));
            return join("Clinical summary: ", e.summary().clinicalSummary(), "Medication: ", medication.isEmpty() ? null : medication);
        }
        return null;
    }

    private static String join(String firstLabel, String first, String secondLabel, String second) {
        StringBuilder text = new StringBuilder();
        if (first != null && !first.isBlank()) {
            text.append(firstLabel).append(first);
        }
        if (second != null && !second.isBlank()) {
            text.append(text.isEmpty() ? "" : ". ").append(secondLabel).append(second);
        }
        return text.toString();
    }

    private static String terms(PackageTerms terms) {
        return terms.services().stream()
                .map(s -> s.type() + " by " + s.providerName() + " " + s.unitsPerWeek() + "/week at " + s.unitCostPence()
                        + "p (" + s.funding().stream() + ")")
                .collect(Collectors.joining(", "))
                + "; weekly cost " + terms.weeklyCostPence() + "p, person's contribution " + terms.personContributionPencePerWeek() + "p";
    }
}
