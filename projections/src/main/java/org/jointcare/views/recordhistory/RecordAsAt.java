package org.jointcare.views.recordhistory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.views.CareRecordState.Assessment;
import org.jointcare.views.CareRecordState.CarePackage;
import org.jointcare.views.CareRecordState.Consent;
import org.jointcare.views.CareRecordState.HospitalStay;
import org.jointcare.views.CareRecordState.Referral;
import org.jointcare.views.CareRecordState.Review;

/**
 * The care record as it stood at one instant.
 *
 * @param eventsApplied        events recorded at or before {@code asAt}; 0 means the record did not exist yet
 * @param lastSequenceNumber   the last of them, or -1
 * @param packageInForce       the active or suspended package, or null
 * @param openAdmission        the hospital stay not yet ended by a discharge, or null
 * @param reviewDue            the outstanding review, or null
 */
public record RecordAsAt(
        UUID careRecordId,
        Instant asAt,
        int eventsApplied,
        long lastSequenceNumber,
        String nhsNumber,
        PersonDetails person,
        String nursingTeamCode,
        Consent consent,
        List<Referral> referrals,
        List<Assessment> assessments,
        CarePackage packageInForce,
        List<CarePackage> packages,
        HospitalStay openAdmission,
        List<HospitalStay> hospitalStays,
        Review reviewDue,
        List<Review> completedReviews,
        boolean closed,
        ClosureReason closureReason) {
}
