package org.jointcare.carerecord.followup;

import java.util.UUID;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

/** The linkworker records the social care follow-up of a discharge, once. */
class RecordingTheSocialCareFollowUpTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void the_linkworker_records_the_follow_up_of_a_discharge() {
        care.given(margaret.dischargedHome())
                .when(margaret.recordSocialCareFollowUp())
                .expectEvents(margaret.socialCareFollowUpRecorded());
    }

    @Test
    void the_follow_up_is_recorded_once() {
        care.given(then(margaret.dischargedHome(), margaret.socialCareFollowUpRecorded()))
                .when(margaret.recordSocialCareFollowUp())
                .expectException(violates(CareRule.FOLLOW_UP_ALREADY_RECORDED));
    }

    static Actor[] notALinkworker() {
        return new Actor[]{DISTRICT_NURSE, GP, DISCHARGE_COORDINATOR};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notALinkworker")
    void only_a_linkworker_records_the_follow_up(Actor someoneElse) {
        care.given(margaret.dischargedHome())
                .when(new RecordSocialCareFollowUp(margaret.careRecordId, margaret.admissionId, FOLLOWED_UP_AT,
                        FOLLOW_UP_OUTCOME, someoneElse, LATER))
                .expectException(violates(CareRule.FOLLOW_UP_BY_LINKWORKER_ONLY));
    }

    @Test
    void there_is_nothing_to_follow_up_before_the_discharge() {
        care.given(margaret.inHospital())
                .when(margaret.recordSocialCareFollowUp())
                .expectException(violates(CareRule.DISCHARGE_UNKNOWN));
    }

    @Test
    void a_follow_up_of_an_admission_the_record_does_not_hold_is_refused() {
        care.given(margaret.dischargedHome())
                .when(new RecordSocialCareFollowUp(margaret.careRecordId, UUID.randomUUID(), FOLLOWED_UP_AT,
                        FOLLOW_UP_OUTCOME, LINKWORKER, LATER))
                .expectException(violates(CareRule.DISCHARGE_UNKNOWN));
    }

    @Test
    void a_follow_up_that_does_not_say_what_was_found_is_refused() {
        care.given(margaret.dischargedHome())
                .when(new RecordSocialCareFollowUp(margaret.careRecordId, margaret.admissionId, FOLLOWED_UP_AT,
                        "", LINKWORKER, LATER))
                .expectException(violates(CareRule.FOLLOW_UP_DETAILS_INCOMPLETE));
    }

    @Test
    void a_follow_up_before_the_discharge_is_refused() {
        care.given(margaret.dischargedHome())
                .when(new RecordSocialCareFollowUp(margaret.careRecordId, margaret.admissionId,
                        DISCHARGED_AT.minusSeconds(60), FOLLOW_UP_OUTCOME, LINKWORKER, LATER))
                .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "followedUpAt"));
    }

    @Test
    void a_follow_up_in_the_future_is_refused() {
        care.given(margaret.dischargedHome())
                .when(new RecordSocialCareFollowUp(margaret.careRecordId, margaret.admissionId,
                        LATER.plusSeconds(60), FOLLOW_UP_OUTCOME, LINKWORKER, LATER))
                .expectException(violates(CareRule.DATE_IN_FUTURE, "followedUpAt"));
    }
}
