package org.jointcare.views.linkworkercaseload;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.jointcare.views.PackageStatus;

/** What each caseload list holds. Figures that depend on time are worked out at query time. */
public final class LinkworkerCaseloadItems {

    private LinkworkerCaseloadItems() {
    }

    /** Who an item is about: enough for a linkworker to recognise the person on their list. */
    public record Person(UUID careRecordId, String givenName, String familyName, String practiceCode) {
    }

    /**
     * A referral waiting to be screened.
     *
     * @param waiting how long it has waited so far
     * @param overdue whether its response target (by urgency) has passed
     */
    public record OpenReferral(
            Person person,
            UUID referralId,
            ReferralSource source,
            String requesterName,
            String requesterOrganisationCode,
            String reason,
            Urgency urgency,
            Duration responseTarget,
            Instant receivedAt,
            Instant respondBy,
            Duration waiting,
            boolean overdue) {
    }

    /**
     * A joint assessment that is not complete yet.
     *
     * @param waitingFor     the disciplines that could still supply the missing side: GP and district
     *                       nursing while there is no health contribution, social care while there is
     *                       no social care one. Empty when it can be completed.
     * @param notYetHeardFrom social care, district nursing and GP as far as they have not contributed,
     *                       whether or not their side is already covered
     */
    public record AssessmentInProgress(
            Person person,
            UUID assessmentId,
            UUID referralId,
            String leadAssessorUserId,
            Instant startedAt,
            Duration inProgressFor,
            Set<Discipline> contributedBy,
            boolean waitingForHealth,
            boolean waitingForSocialCare,
            Set<Discipline> waitingFor,
            Set<Discipline> notYetHeardFrom) {
    }

    public record PackageInForce(
            Person person,
            UUID packageId,
            PackageStatus status,
            LocalDate startDate,
            List<ServiceType> services,
            long weeklyCostPence,
            long personContributionPencePerWeek,
            String suspendedReason) {
    }

    /**
     * The outstanding review of a person's package, inside its window or past it.
     *
     * @param daysOverdue 0 unless the due-by date has passed
     */
    public record ReviewDue(
            Person person,
            UUID reviewId,
            UUID packageId,
            LocalDate dueFrom,
            LocalDate dueBy,
            ReviewTrigger trigger,
            boolean overdue,
            long daysOverdue) {
    }

    /**
     * A recent discharge that social care must follow up. No clinical detail: a linkworker does
     * not see the clinical summary or medication changes.
     *
     * @param packageAwaitingRestart the person's package was suspended by this admission and has
     *                               not been resumed
     */
    /** The death of one of the caseload's people, until a linkworker acknowledges the notice. */
    public record DeathNotice(Person person, java.time.LocalDate dateOfDeath, String recordedByUserId,
                              String recordedByOrganisation, Instant recordedAt) {
    }

    public record RecentDischarge(
            Person person,
            UUID admissionId,
            String hospitalName,
            Instant admittedAt,
            Instant dischargedAt,
            DischargeDestination destination,
            DischargePathway pathway,
            List<String> socialCareFollowUps,
            boolean packageAwaitingRestart) {
    }

    /**
     * A carer's assessment asked for and not yet carried out (Care Act 2014 s.10): the carer named,
     * on the record of the person they care for.
     *
     * @param waiting how long it has waited so far
     */
    public record CarersAssessmentAwaited(
            Person person,
            UUID carersAssessmentId,
            String carerName,
            String carerRelationship,
            String carerContact,
            Instant requestedAt,
            String requestedBy,
            Duration waiting) {
    }

    public record CaseloadSummary(
            long openReferrals,
            long overdueReferrals,
            long assessmentsInProgress,
            long activePackages,
            long suspendedPackages,
            long reviewsDue,
            long reviewsOverdue,
            long dischargesNeedingFollowUp,
            long carersAssessmentsAwaited) {
    }
}
