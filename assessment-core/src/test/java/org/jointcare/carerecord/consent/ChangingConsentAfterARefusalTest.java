package org.jointcare.carerecord.consent;

import java.time.Instant;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareJourney.LATER;
import static org.jointcare.carerecord.CareJourney.then;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

/**
 * Once the person has refused to share, their later decision is recorded by the organisation that
 * recorded the refusal or by their registered GP practice; no one else may change it.
 */
class ChangingConsentAfterARefusalTest {

    private static final Instant AGREED_AT = LATER.plusSeconds(3600);

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    /** The linkworker's team recorded the refusal. */
    private java.util.List<Object> refusedToTheLinkworker() {
        return then(margaret.registered(), margaret.consentRecorded(ConsentDecision.REFUSED, null));
    }

    private RecordConsent agreement(Actor by) {
        return new RecordConsent(margaret.careRecordId, ConsentDecision.AGREED, null, by, AGREED_AT);
    }

    private ConsentRecorded agreed(Actor by) {
        return new ConsentRecorded(margaret.careRecordId, ConsentDecision.AGREED, null, by, AGREED_AT);
    }

    @Test
    void the_registered_practice_records_the_later_agreement() {
        care.given(refusedToTheLinkworker())
                .when(agreement(GP))
                .expectEvents(agreed(GP));
    }

    @Test
    void the_organisation_that_recorded_the_refusal_records_the_later_agreement() {
        Actor colleague = new Actor("ben.wood", LINKWORKER.role(), LINKWORKER.organisationCode());
        care.given(refusedToTheLinkworker())
                .when(agreement(colleague))
                .expectEvents(agreed(colleague));
    }

    static Actor[] anyoneElse() {
        return new Actor[]{DISTRICT_NURSE, GP_ELSEWHERE, ATTACHED_NURSE_AT_THE_PRACTICE, DISCHARGE_COORDINATOR};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anyoneElse")
    void no_one_else_changes_a_refusal(Actor someoneElse) {
        care.given(refusedToTheLinkworker())
                .when(agreement(someoneElse))
                .expectException(violates(CareRule.CONSENT_CHANGE_NOT_PERMITTED));
    }

    @Test
    void once_agreed_again_anyone_with_a_relationship_may_record_consent_as_before() {
        care.given(then(refusedToTheLinkworker(), agreed(GP)))
                .when(new RecordConsent(margaret.careRecordId, ConsentDecision.REFUSED, null, DISTRICT_NURSE, AGREED_AT))
                .expectEvents(new ConsentRecorded(margaret.careRecordId, ConsentDecision.REFUSED, null, DISTRICT_NURSE, AGREED_AT));
    }

    @Test
    void a_refusal_recorded_by_the_practice_is_changed_by_the_practice() {
        care.given(then(margaret.registered(),
                        new ConsentRecorded(margaret.careRecordId, ConsentDecision.REFUSED, null, GP, LATER)))
                .when(agreement(LINKWORKER))
                .expectException(violates(CareRule.CONSENT_CHANGE_NOT_PERMITTED));
    }
}
