package org.jointcare.interop.fhir;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.registration.PersonRegistered;

/**
 * What the FHIR documents need from one person's events, folded in order. It keeps the events
 * themselves (who and when included) rather than a copy of their fields, so a document says
 * exactly what was recorded.
 */
final class PersonJourney {

    /** One hospital stay, from admission to the discharge notice and the last correction of its summary. */
    record Stay(PersonAdmittedToHospital admitted, DischargePlanned lastPlan,
                PersonDischargedFromHospital discharged, DischargeNoticeRaised notice,
                DischargeSummaryCorrected corrected) {

        /** The discharge summary as it stands: as last corrected, else as recorded. */
        DischargeSummary summary() {
            return corrected != null ? corrected.summary() : discharged == null ? null : discharged.summary();
        }
    }

    /** One referral and how it was answered. */
    record Referral(ReferralReceived received, ReferralAccepted accepted, ReferralClosed closed,
                    JointAssessmentCompleted assessed) {
    }

    /** One care package: as arranged, its terms now, and its state now. */
    record CarePackage(CarePackageArranged arranged, PackageTerms terms, Instant lastChangedAt,
                       CarePackageSuspended suspended, CarePackageEnded ended, boolean replaced) {
        boolean inForce() {
            return ended == null && !replaced;
        }
    }

    private final UUID careRecordId;
    private PersonRegistered registration;
    private final Map<UUID, Stay> stays = new LinkedHashMap<>();
    private final Map<UUID, Referral> referrals = new LinkedHashMap<>();
    private final Map<UUID, UUID> referralOfAssessment = new LinkedHashMap<>();
    private final Map<UUID, JointAssessmentCompleted> completedAssessments = new LinkedHashMap<>();
    private final Map<UUID, CarePackage> packages = new LinkedHashMap<>();

    private PersonJourney(UUID careRecordId) {
        this.careRecordId = careRecordId;
    }

    static PersonJourney of(UUID careRecordId, List<? extends CareRecordEvent> events) {
        PersonJourney journey = new PersonJourney(careRecordId);
        events.forEach(journey::apply);
        return journey;
    }

    private void apply(CareRecordEvent event) {
        if (event instanceof PersonRegistered e) {
            registration = e;
        } else if (event instanceof PersonAdmittedToHospital e) {
            stays.put(e.admissionId(), new Stay(e, null, null, null, null));
        } else if (event instanceof DischargePlanned e) {
            stays.computeIfPresent(e.admissionId(), (id, s) -> new Stay(s.admitted(), e, s.discharged(), s.notice(), s.corrected()));
        } else if (event instanceof PersonDischargedFromHospital e) {
            stays.computeIfPresent(e.admissionId(), (id, s) -> new Stay(s.admitted(), s.lastPlan(), e, s.notice(), s.corrected()));
        } else if (event instanceof DischargeNoticeRaised e) {
            stays.computeIfPresent(e.admissionId(), (id, s) -> new Stay(s.admitted(), s.lastPlan(), s.discharged(), e, s.corrected()));
        } else if (event instanceof DischargeSummaryCorrected e) {
            stays.computeIfPresent(e.admissionId(), (id, s) -> new Stay(s.admitted(), s.lastPlan(), s.discharged(), s.notice(), e));
        } else if (event instanceof ReferralReceived e) {
            referrals.put(e.referralId(), new Referral(e, null, null, null));
        } else if (event instanceof ReferralAccepted e) {
            referrals.computeIfPresent(e.referralId(), (id, r) -> new Referral(r.received(), e, r.closed(), r.assessed()));
        } else if (event instanceof ReferralClosed e) {
            referrals.computeIfPresent(e.referralId(), (id, r) -> new Referral(r.received(), r.accepted(), e, r.assessed()));
        } else if (event instanceof JointAssessmentStarted e) {
            referralOfAssessment.put(e.assessmentId(), e.referralId());
        } else if (event instanceof JointAssessmentCompleted e) {
            completedAssessments.put(e.assessmentId(), e);
            UUID referralId = referralOfAssessment.get(e.assessmentId());
            if (referralId != null) {
                referrals.computeIfPresent(referralId, (id, r) -> new Referral(r.received(), r.accepted(), r.closed(), e));
            }
        } else if (event instanceof CarePackageArranged e) {
            if (e.replacesPackageId() != null) {
                packages.computeIfPresent(e.replacesPackageId(), (id, p) ->
                        new CarePackage(p.arranged(), p.terms(), e.at(), p.suspended(), p.ended(), true));
            }
            packages.put(e.packageId(), new CarePackage(e, e.terms(), e.at(), null, null, false));
        } else if (event instanceof CarePackageAmended e) {
            packages.computeIfPresent(e.packageId(), (id, p) ->
                    new CarePackage(p.arranged(), e.terms(), e.at(), p.suspended(), p.ended(), p.replaced()));
        } else if (event instanceof CarePackageSuspended e) {
            packages.computeIfPresent(e.packageId(), (id, p) ->
                    new CarePackage(p.arranged(), p.terms(), e.at(), e, p.ended(), p.replaced()));
        } else if (event instanceof CarePackageResumed e) {
            packages.computeIfPresent(e.packageId(), (id, p) ->
                    new CarePackage(p.arranged(), p.terms(), e.at(), null, p.ended(), p.replaced()));
        } else if (event instanceof CarePackageEnded e) {
            packages.computeIfPresent(e.packageId(), (id, p) ->
                    new CarePackage(p.arranged(), p.terms(), e.at(), p.suspended(), e, p.replaced()));
        } else if (event instanceof CarersAssessmentRequested || event instanceof CarersAssessmentCarriedOut
                || event instanceof CarerSupportArranged) {
            // left out on purpose: a carer's assessment is the carer's own (their health, their views), not part
            // of the cared-for person's documents; a service supporting the carer is already an activity of the
            // person's CarePlan as a service of the package
        }
    }

    UUID careRecordId() {
        return careRecordId;
    }

    Optional<PersonRegistered> registration() {
        return Optional.ofNullable(registration);
    }

    Optional<Stay> stay(UUID admissionId) {
        return Optional.ofNullable(stays.get(admissionId));
    }

    Optional<Referral> referral(UUID referralId) {
        return Optional.ofNullable(referrals.get(referralId));
    }

    Optional<JointAssessmentCompleted> completedAssessment(UUID assessmentId) {
        return Optional.ofNullable(completedAssessments.get(assessmentId));
    }

    /** The most recently completed joint assessment: its agreed needs and the person's own views stand now. */
    Optional<JointAssessmentCompleted> latestCompletedAssessment() {
        return completedAssessments.values().stream().reduce((first, second) -> second);
    }

    /** The package in force now, else the last one arranged (ended or replaced): a person has one plan at a time. */
    Optional<CarePackage> currentPackage() {
        List<CarePackage> all = new ArrayList<>(packages.values());
        return all.stream().filter(CarePackage::inForce).reduce((first, second) -> second)
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }
}
