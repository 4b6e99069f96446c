package org.jointcare.api.carerecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.assessment.AssessmentConclusion;
import org.jointcare.carerecord.assessment.Contribution;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.EligibilityDecision;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.views.CareRecordEvents;
import org.jointcare.views.CareRecordState;
import org.springframework.stereotype.Component;

/**
 * A person's whole record as it stands now, folded at the moment it is asked for from the
 * person's own events in the event store. A write is committed before it is answered, so the
 * record read after it always holds it (a view would follow it a moment later). A record is tens of
 * events; the stream is read from the start (a snapshot is the aggregate's state, not the events
 * folded here) and the streams read lately are kept, so a read fetches only the events since.
 */
@Component
public class CurrentRecords {

    /** One discipline's part of an assessment, with who added it and when. */
    public record ContributionMade(Contribution contribution, Actor addedBy, Instant addedAt) {
    }

    /** A joint assessment with each contribution as it was added. */
    public record AssessmentNow(UUID assessmentId, UUID referralId, String leadAssessorUserId, Instant startedAt,
                                List<ContributionMade> contributions, Instant completedAt,
                                AssessmentConclusion conclusion, EligibilityDecision eligibility) {
    }

    /**
     * The record now. {@code version} is the sequence number of its last event (the ETag).
     *
     * @param packageInForce the active or suspended package, or null
     * @param reviewDue      the outstanding review, or null
     * @param dateOfDeath    the day the person died, once a death is recorded (closureReason DIED), else null
     */
    public record CurrentRecord(
            UUID careRecordId,
            long version,
            String nhsNumber,
            PersonDetails person,
            Instant registeredAt,
            String nursingTeamCode,
            CareRecordState.Consent consent,
            List<CareRecordState.Referral> referrals,
            List<AssessmentNow> assessments,
            CareRecordState.CarePackage packageInForce,
            List<CareRecordState.CarePackage> packages,
            List<CareRecordState.HospitalStay> hospitalStays,
            CareRecordState.Review reviewDue,
            List<CareRecordState.Review> completedReviews,
            List<CareRecordState.CarersAssessment> carersAssessments,
            boolean closed,
            ClosureReason closureReason,
            Instant closedAt,
            java.time.LocalDate dateOfDeath) {
    }

    private final CareRecordEvents events;

    public CurrentRecords(CareRecordEvents events) {
        this.events = events;
    }

    /** The record as its committed events leave it; empty when it has none. */
    public Optional<CurrentRecord> current(UUID careRecordId) {
        List<CareRecordEvent> stream = events.all(careRecordId);
        if (stream.isEmpty()) {
            return Optional.empty();
        }
        CareRecordState state = new CareRecordState(careRecordId);
        Map<UUID, List<ContributionMade>> contributions = new LinkedHashMap<>();
        for (CareRecordEvent event : CareRecordEvents.withoutEntriesInError(stream)) {
            state.apply(event);
            if (event instanceof ContributionAdded added) {
                contributions.computeIfAbsent(added.assessmentId(), id -> new ArrayList<>())
                        .add(new ContributionMade(added.contribution(), added.by(), added.at()));
            }
        }
        List<AssessmentNow> assessments = state.assessments().stream()
                .map(a -> new AssessmentNow(a.assessmentId(), a.referralId(), a.leadAssessorUserId(), a.startedAt(),
                        List.copyOf(contributions.getOrDefault(a.assessmentId(), List.of())), a.completedAt(),
                        a.conclusion(), a.eligibility()))
                .toList();
        return Optional.of(new CurrentRecord(careRecordId, stream.size() - 1L, state.nhsNumber(), state.person(),
                state.registeredAt(), state.nursingTeamCode(), state.consent(), state.referrals(), assessments,
                state.packageInForce().orElse(null), state.packages(), state.hospitalStays(),
                state.outstandingReview().orElse(null), state.completedReviews(), state.carersAssessments(), state.closed(), state.closureReason(),
                state.closedAt(), state.dateOfDeath()));
    }
}
