package org.jointcare.carerecord.assessment;

import java.util.UUID;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.junit.jupiter.api.Test;

import static org.jointcare.carerecord.CareJourney.ASSESSMENT_STARTED_AT;
import static org.jointcare.carerecord.CareJourney.then;
import static org.jointcare.carerecord.Professionals.LINKWORKER;
import static org.jointcare.carerecord.RuleViolated.violates;

class StartingAJointAssessmentTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    private StartJointAssessment start(UUID assessmentId, UUID referralId, String lead) {
        return new StartJointAssessment(margaret.careRecordId, assessmentId, referralId, lead, LINKWORKER, ASSESSMENT_STARTED_AT);
    }

    @Test
    void a_joint_assessment_starts_from_an_accepted_referral_with_a_lead_assessor() {
        care.given(margaret.accepted())
                .when(margaret.startJointAssessment())
                .expectEvents(margaret.assessmentStarted());
    }

    @Test
    void an_assessment_without_a_lead_assessor_is_refused() {
        care.given(margaret.accepted())
                .when(start(margaret.assessmentId, margaret.referralId, ""))
                .expectException(violates(CareRule.ASSESSMENT_LEAD_REQUIRED));
    }

    @Test
    void a_second_assessment_while_one_is_in_progress_is_refused() {
        care.given(then(margaret.assessing(),
                        margaret.referralReceived(margaret.secondReferralId, ASSESSMENT_STARTED_AT),
                        new ReferralAccepted(margaret.careRecordId, margaret.secondReferralId,
                                LINKWORKER.userId(), LINKWORKER, ASSESSMENT_STARTED_AT)))
                .when(start(UUID.randomUUID(), margaret.secondReferralId, LINKWORKER.userId()))
                .expectException(violates(CareRule.ASSESSMENT_ALREADY_IN_PROGRESS));
    }

    @Test
    void an_assessment_from_a_referral_the_record_does_not_hold_is_refused() {
        care.given(margaret.accepted())
                .when(start(margaret.assessmentId, UUID.randomUUID(), LINKWORKER.userId()))
                .expectException(violates(CareRule.REFERRAL_UNKNOWN));
    }

    @Test
    void an_assessment_from_a_referral_not_yet_screened_is_refused() {
        care.given(margaret.referred())
                .when(margaret.startJointAssessment())
                .expectException(violates(CareRule.ASSESSMENT_NEEDS_ACCEPTED_REFERRAL));
    }

    @Test
    void a_second_assessment_from_a_referral_already_assessed_is_refused() {
        care.given(margaret.assessed())
                .when(start(UUID.randomUUID(), margaret.referralId, LINKWORKER.userId()))
                .expectException(violates(CareRule.ASSESSMENT_NEEDS_ACCEPTED_REFERRAL));
    }
}
