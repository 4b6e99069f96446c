package org.jointcare.carerecord.closure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordCommand;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.assessment.StartJointAssessment;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.AcceptReferral;
import org.jointcare.carerecord.referral.ReceiveReferral;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareDetails.dischargeHome;
import static org.jointcare.carerecord.CareDetails.gpContribution;
import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.DISCHARGE_COORDINATOR;
import static org.jointcare.carerecord.Professionals.LINKWORKER;
import static org.jointcare.carerecord.RuleViolated.violates;

class ClosingAndReopeningARecordTest {

    private static final Instant REFERRED_AGAIN_AT = Instant.parse("2026-09-14T10:00:00Z");

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    private List<Object> reopened() {
        return then(margaret.closedWhileInHospital(), margaret.reopenedBy(margaret.secondReferralId, REFERRED_AGAIN_AT),
                margaret.referralReceived(margaret.secondReferralId, REFERRED_AGAIN_AT));
    }

    @Test
    void a_record_closed_as_no_longer_needed_ends_the_package_in_force() {
        care.given(margaret.inHospital())
                .when(margaret.closeCareRecord(ClosureReason.NO_LONGER_NEEDS_SERVICES))
                .expectEvents(margaret.packageEnded("Care record closed: no longer needs services"), margaret.recordClosed());
    }

    @Test
    void a_death_is_not_recorded_by_closing_the_record_but_by_recording_the_death() {
        care.given(margaret.packageInPlace())
                .when(margaret.closeCareRecord(ClosureReason.DIED))
                .expectException(violates(CareRule.DEATH_IS_RECORDED_NOT_CLOSED));
    }

    @Test
    void a_record_closed_during_screening_withdraws_the_waiting_referral() {
        care.given(margaret.referred())
                .when(margaret.closeOnMovingAway())
                .expectEvents(margaret.closedOnMovingAway());
    }

    @Test
    void a_record_closed_withdraws_every_referral_not_yet_assessed_then_closes() {
        care.given(then(margaret.accepted(), margaret.referralReceived(margaret.secondReferralId, LATER)))
                .when(new CloseCareRecord(margaret.careRecordId, ClosureReason.NO_LONGER_NEEDS_SERVICES, null, LINKWORKER, LATER))
                .expectEvents(
                        margaret.referralClosed(margaret.referralId, ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE,
                                "Care record closed: no longer needs services", LINKWORKER, LATER),
                        margaret.referralClosed(margaret.secondReferralId, ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE,
                                "Care record closed: no longer needs services", LINKWORKER, LATER),
                        new CareRecordClosed(margaret.careRecordId, ClosureReason.NO_LONGER_NEEDS_SERVICES, null, LINKWORKER, LATER));
    }

    @Test
    void a_record_with_nothing_open_simply_closes() {
        care.given(margaret.registered())
                .when(margaret.closeCareRecord(ClosureReason.NO_LONGER_NEEDS_SERVICES))
                .expectEvents(margaret.recordClosed());
    }

    @Test
    void closing_a_record_without_a_reason_is_refused() {
        care.given(margaret.packageInPlace())
                .when(margaret.closeCareRecord(null))
                .expectException(violates(CareRule.CLOSURE_REASON_REQUIRED));
    }

    static Stream<CareRecordCommand> everythingButANewReferral() {
        return new CareJourney().oneOfEveryCommand().stream()
                .filter(command -> !(command instanceof ReceiveReferral) && !(command instanceof RegisterPerson)
                        // a closed record is what the end of its retention period erases (ErasingARecordTest)
                        && !(command instanceof org.jointcare.carerecord.erasure.EraseRecord)
                        // a person whose record closed may still die (RecordingADeathTest), and what was
                        // recorded in error is put right on a closed record too (MarkingAnEntryEnteredInErrorTest)
                        && !(command instanceof org.jointcare.carerecord.death.RecordDeath)
                        && !(command instanceof org.jointcare.carerecord.enteredinerror.MarkEnteredInError));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everythingButANewReferral")
    void a_closed_record_refuses_everything_but_a_new_referral(CareRecordCommand command) {
        care.given(margaret.closedWhileInHospital())
                .when(command)
                .expectException(violates(CareRule.RECORD_CLOSED));
    }

    @Test
    void a_new_referral_reopens_a_closed_record() {
        care.given(margaret.closedWhileInHospital())
                .when(margaret.receiveReferral(margaret.secondReferralId, REFERRED_AGAIN_AT))
                .expectEvents(margaret.reopenedBy(margaret.secondReferralId, REFERRED_AGAIN_AT),
                        margaret.referralReceived(margaret.secondReferralId, REFERRED_AGAIN_AT));
    }

    @Test
    void a_referral_received_before_the_closure_cannot_reopen_the_record() {
        care.given(margaret.closedWhileReferred())
                .when(margaret.receiveReferral())
                .expectException(violates(CareRule.REFERRAL_ALREADY_RECEIVED));
    }

    @Test
    void an_incomplete_referral_does_not_reopen_a_closed_record() {
        ReceiveReferral withoutReason = margaret.receiveReferral(margaret.secondReferralId, REFERRED_AGAIN_AT);
        care.given(margaret.closedWhileInHospital())
                .when(new ReceiveReferral(margaret.careRecordId, margaret.secondReferralId, withoutReason.source(),
                        withoutReason.requester(), " ", withoutReason.urgency(), withoutReason.by(), REFERRED_AGAIN_AT))
                .expectException(violates(CareRule.REFERRAL_DETAILS_INCOMPLETE));
    }

    @Test
    void a_reopened_record_takes_commands_again() {
        care.given(reopened())
                .when(new AcceptReferral(margaret.careRecordId, margaret.secondReferralId,
                        LINKWORKER.userId(), LINKWORKER, REFERRED_AGAIN_AT))
                .expectEvents(new ReferralAccepted(margaret.careRecordId, margaret.secondReferralId, LINKWORKER.userId(),
                        LINKWORKER, REFERRED_AGAIN_AT));
    }

    @Test
    void the_assessment_in_progress_at_closure_is_dropped_so_a_new_one_can_start_after_reopening() {
        care.given(then(margaret.assessing(),
                        margaret.referralClosed(margaret.referralId, ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE,
                                "Care record closed: moved away", LINKWORKER, LATER),
                        new CareRecordClosed(margaret.careRecordId, ClosureReason.MOVED_AWAY, null, LINKWORKER, LATER),
                        margaret.reopenedBy(margaret.secondReferralId, REFERRED_AGAIN_AT),
                        margaret.referralReceived(margaret.secondReferralId, REFERRED_AGAIN_AT),
                        new ReferralAccepted(margaret.careRecordId, margaret.secondReferralId, LINKWORKER.userId(), LINKWORKER, REFERRED_AGAIN_AT)))
                .when(new StartJointAssessment(margaret.careRecordId,
                        UUID.fromString("2b222222-0000-4000-8000-000000000002"), margaret.secondReferralId,
                        LINKWORKER.userId(), LINKWORKER, REFERRED_AGAIN_AT))
                .expectSuccessfulHandlerExecution();
    }

    /** Closed while assessing (the referral withdrawn), then reopened by a new referral that was accepted. */
    private List<Object> reopenedAfterClosingWhileAssessing() {
        return then(margaret.contributedByHealthAndSocialCare(),
                margaret.referralClosed(margaret.referralId, ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE,
                        "Care record closed: moved away", LINKWORKER, LATER),
                new CareRecordClosed(margaret.careRecordId, ClosureReason.MOVED_AWAY, null, LINKWORKER, LATER),
                margaret.reopenedBy(margaret.secondReferralId, REFERRED_AGAIN_AT),
                margaret.referralReceived(margaret.secondReferralId, REFERRED_AGAIN_AT),
                new ReferralAccepted(margaret.careRecordId, margaret.secondReferralId, LINKWORKER.userId(), LINKWORKER, REFERRED_AGAIN_AT));
    }

    @Test
    void an_assessment_dropped_at_closure_cannot_be_completed_after_reopening() {
        care.given(reopenedAfterClosingWhileAssessing())
                .when(margaret.completeJointAssessment())
                .expectException(violates(CareRule.ASSESSMENT_NOT_IN_PROGRESS));
    }

    @Test
    void an_assessment_dropped_at_closure_takes_no_more_contributions_after_reopening() {
        care.given(reopenedAfterClosingWhileAssessing())
                .when(margaret.addContribution(gpContribution()))
                .expectException(violates(CareRule.ASSESSMENT_NOT_IN_PROGRESS));
    }

    @Test
    void an_admission_open_at_closure_stays_open_and_the_discharge_is_recorded_after_reopening() {
        care.given(reopened())
                .when(margaret.recordDischarge())
                .expectEvents(new PersonDischargedFromHospital(margaret.careRecordId, margaret.admissionId,
                                dischargeHome(DISCHARGED_AT, null), null, 0, DISCHARGE_COORDINATOR, DISCHARGE_RECORDED_AT),
                        margaret.dischargeNoticeRaised());
    }

    @Test
    void closing_a_closed_record_is_refused() {
        care.given(margaret.closedWhileInHospital())
                .when(margaret.closeCareRecord(ClosureReason.NO_LONGER_NEEDS_SERVICES))
                .expectException(violates(CareRule.RECORD_CLOSED));
    }
}
