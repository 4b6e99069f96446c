package org.jointcare.views.gppractice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jointcare.carerecord.Clinical;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.views.PackageStatus;

/** What the GP practice lists hold. */
public final class GpPracticeItems {

    private GpPracticeItems() {
    }

    /** A registered patient as the practice identifies them. {@code nhsNumber} may be null. */
    public record Patient(UUID careRecordId, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth) {
    }

    /**
     * One notice in the inbox.
     *
     * @param practiceCode the practice the person was registered at when the notice was raised
     * @param waited       from raising until acknowledgement, or until now while unacknowledged
     * @param stay         the hospital stay the notice is about, as it stands now
     * @param clinical     the discharge's clinical summary and medication changes; null on an
     *                     admission notice or before discharge
     * @param amended      when and why the discharge summary was corrected; null if it never was
     */
    public record GpNotice(
            NoticeKind kind,
            UUID admissionId,
            Patient patient,
            String practiceCode,
            Instant raisedAt,
            boolean acknowledged,
            Instant acknowledgedAt,
            String acknowledgedByUserId,
            Duration waited,
            HospitalStay stay,
            ClinicalDetail clinical,
            Amendment amended) {

        /** The notice without clinical detail, for a reader whose role must not see it. */
        public GpNotice withoutClinicalDetail() {
            return new GpNotice(kind, admissionId, patient, practiceCode, raisedAt, acknowledged, acknowledgedAt,
                    acknowledgedByUserId, waited, stay, null, amended == null ? null : new Amendment(amended.amendedAt(), null));
        }
    }

    /**
     * An amended discharge notice: the hospital corrected the summary at {@code amendedAt}, for
     * {@code reason} (clinical, as the summary is). The notice shows the summary as corrected and is
     * back among the unacknowledged until the practice acknowledges it again; {@code waited} then
     * runs from the amendment.
     */
    public record Amendment(Instant amendedAt, @Clinical String reason) {
    }

    /**
     * A hospital stay, under the PRSB discharge summary headings that are not clinical detail.
     * Discharge fields are null until the person is discharged; the pathway is the latest plan's
     * (null if none was planned).
     */
    public record HospitalStay(
            String hospitalName,
            String hospitalCode,
            String ward,
            AdmissionType admissionType,
            boolean privatePatient,
            boolean readmissionWithin30Days,
            Instant admittedAt,
            Instant dischargedAt,
            DischargeDestination destination,
            LocalDate plannedDate,
            DischargePathway pathway,
            Long daysLaterThanPlanned,
            DelayReason delayReason,
            String informationGiven,
            List<FollowUpAction> followUpActions) {
    }

    /** The clinical headings of a discharge summary: clinical content as a whole. */
    @Clinical
    public record ClinicalDetail(String clinicalSummary, List<MedicationChange> medicationChanges) {
    }

    /** The death of a registered patient, as the practice was told of it, and whether it has acknowledged it. */
    public record DeathNotice(Patient patient, LocalDate dateOfDeath, String recordedByUserId,
                              String recordedByOrganisation, Instant recordedAt, boolean acknowledged,
                              Instant acknowledgedAt, String acknowledgedByUserId) {
    }

    /**
     * A referral the practice made.
     *
     * @param answeredAt           when it was accepted or closed at screening, null while waiting
     * @param timeToAnswer         from receipt to answer, null while waiting
     * @param overdue              still waiting after its response target
     * @param answeredWithinTarget null while waiting
     */
    public record PracticeReferral(
            Patient patient,
            UUID referralId,
            ReferralSource source,
            String requesterName,
            String reason,
            Urgency urgency,
            Instant receivedAt,
            Instant respondBy,
            ReferralProgress progress,
            Instant progressSince,
            String linkworkerUserId,
            ReferralClosure closure,
            String closureReason,
            Instant answeredAt,
            Duration timeToAnswer,
            boolean overdue,
            Boolean answeredWithinTarget) {
    }

    public record PatientPackage(
            Patient patient,
            UUID packageId,
            PackageStatus status,
            LocalDate startDate,
            List<ServiceType> services,
            long weeklyCostPence,
            String suspendedReason) {
    }
}
