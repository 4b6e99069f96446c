package org.jointcare.carerecord.referral;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareDetails.REFERRING_GP;
import static org.jointcare.carerecord.CareJourney.ACCEPTED_AT;
import static org.jointcare.carerecord.CareJourney.REFERRED_AT;
import static org.jointcare.carerecord.Professionals.GP;
import static org.jointcare.carerecord.Professionals.LINKWORKER;
import static org.jointcare.carerecord.RuleViolated.violates;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ScreeningAReferralTest {

    private static final String REASON = "Two falls this winter; husband struggling to cope with personal care";

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void a_referral_from_the_gp_is_received_with_the_time_it_must_be_answered_by() {
        care.given(margaret.registered())
                .when(margaret.receiveReferral())
                .expectEvents(margaret.referralReceived());
    }

    @ParameterizedTest(name = "{0} referral received {1} must be answered by {2}")
    @CsvSource({
            "URGENT,  2026-03-02T10:30:00Z, 2026-03-03T10:30:00Z",
            "SOON,    2026-03-02T10:30:00Z, 2026-03-09T10:30:00Z",
            "ROUTINE, 2026-03-02T10:30:00Z, 2026-03-30T10:30:00Z"})
    void each_urgency_carries_its_response_target(Urgency urgency, Instant receivedAt, Instant respondBy) {
        care.given(margaret.registered())
                .when(new ReceiveReferral(margaret.careRecordId, margaret.referralId, ReferralSource.CARER,
                        REFERRING_GP, REASON, urgency, GP, receivedAt))
                .expectEvents(new ReferralReceived(margaret.careRecordId, margaret.referralId, ReferralSource.CARER,
                        REFERRING_GP, REASON, urgency, respondBy, GP, receivedAt));
    }

    static Stream<Arguments> incompleteReferrals() {
        UUID referral = UUID.randomUUID();
        return Stream.of(
                arguments("no referral id", null, ReferralSource.GP, REFERRING_GP, REASON, Urgency.SOON),
                arguments("no source", referral, null, REFERRING_GP, REASON, Urgency.SOON),
                arguments("no requester", referral, ReferralSource.GP, null, REASON, Urgency.SOON),
                arguments("a requester without a name", referral, ReferralSource.GP, new Requester(" ", "J82034"), REASON, Urgency.SOON),
                arguments("no reason", referral, ReferralSource.GP, REFERRING_GP, "", Urgency.SOON),
                arguments("no urgency", referral, ReferralSource.GP, REFERRING_GP, REASON, null));
    }

    @ParameterizedTest(name = "a referral with {0} is refused")
    @MethodSource("incompleteReferrals")
    void an_incomplete_referral_is_refused(String missing, UUID referralId, ReferralSource source, Requester requester,
                                           String reason, Urgency urgency) {
        care.given(margaret.registered())
                .when(new ReceiveReferral(margaret.careRecordId, referralId, source, requester, reason, urgency, GP, REFERRED_AT))
                .expectException(violates(CareRule.REFERRAL_DETAILS_INCOMPLETE));
    }

    @Test
    void the_same_referral_received_twice_is_refused() {
        care.given(margaret.referred())
                .when(margaret.receiveReferral())
                .expectException(violates(CareRule.REFERRAL_ALREADY_RECEIVED));
    }

    @Test
    void a_referral_accepted_at_screening_is_allocated_to_a_linkworker() {
        care.given(margaret.referred())
                .when(margaret.acceptReferral())
                .expectEvents(margaret.referralAccepted());
    }

    @Test
    void accepting_a_referral_the_record_does_not_hold_is_refused() {
        care.given(margaret.registered())
                .when(margaret.acceptReferral())
                .expectException(violates(CareRule.REFERRAL_UNKNOWN));
    }

    @Test
    void accepting_a_referral_that_was_already_accepted_is_refused() {
        care.given(margaret.accepted())
                .when(margaret.acceptReferral())
                .expectException(violates(CareRule.REFERRAL_NOT_AWAITING_SCREENING));
    }

    @Test
    void accepting_a_referral_that_was_closed_at_screening_is_refused() {
        care.given(CareJourney.then(margaret.referred(), margaret.referralClosed(margaret.referralId,
                        ReferralClosure.SIGNPOSTED, "Signposted to Age UK befriending", LINKWORKER, ACCEPTED_AT)))
                .when(margaret.acceptReferral())
                .expectException(violates(CareRule.REFERRAL_NOT_AWAITING_SCREENING));
    }

    @Test
    void accepting_a_referral_without_naming_the_linkworker_is_refused() {
        care.given(margaret.referred())
                .when(new AcceptReferral(margaret.careRecordId, margaret.referralId, " ", LINKWORKER, ACCEPTED_AT))
                .expectException(violates(CareRule.LINKWORKER_REQUIRED));
    }

    @ParameterizedTest(name = "closed as {0}")
    @CsvSource(delimiter = '|', value = {
            "SIMPLE_NEED_MET | Bath board and grab rail supplied the same week",
            "SIGNPOSTED      | Signposted to Age UK befriending",
            "DECLINED        | Needs are met by her family; no support wanted"})
    void a_referral_screened_out_is_closed_with_what_was_done_or_why(ReferralClosure closure, String reason) {
        care.given(margaret.referred())
                .when(margaret.closeReferral(closure, reason))
                .expectEvents(margaret.referralClosed(margaret.referralId, closure, reason, LINKWORKER, ACCEPTED_AT));
    }

    @Test
    void closing_a_referral_the_record_does_not_hold_is_refused() {
        care.given(margaret.registered())
                .when(margaret.closeReferral(ReferralClosure.DECLINED, "No support wanted"))
                .expectException(violates(CareRule.REFERRAL_UNKNOWN));
    }

    @Test
    void closing_a_referral_already_accepted_is_refused() {
        care.given(margaret.accepted())
                .when(margaret.closeReferral(ReferralClosure.DECLINED, "No support wanted"))
                .expectException(violates(CareRule.REFERRAL_NOT_AWAITING_SCREENING));
    }

    static Stream<Arguments> closuresWithoutAReason() {
        return Stream.of(
                arguments(null, "Signposted to Age UK"),
                arguments(ReferralClosure.SIGNPOSTED, " "),
                arguments(ReferralClosure.DECLINED, null),
                arguments(ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE, "Only the record's own closure withdraws referrals"));
    }

    @ParameterizedTest(name = "closed as {0} because \"{1}\"")
    @MethodSource("closuresWithoutAReason")
    void closing_a_referral_without_saying_how_and_why_is_refused(ReferralClosure closure, String reason) {
        care.given(margaret.referred())
                .when(margaret.closeReferral(closure, reason))
                .expectException(violates(CareRule.REFERRAL_CLOSURE_REASON_REQUIRED));
    }
}
