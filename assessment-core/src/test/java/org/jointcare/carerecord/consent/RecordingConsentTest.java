package org.jointcare.carerecord.consent;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.jointcare.carerecord.RuleViolated.violates;

class RecordingConsentTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void consent_to_share_given_to_the_linkworker_is_recorded() {
        care.given(margaret.registered())
                .when(margaret.recordConsent(ConsentDecision.AGREED, null))
                .expectEvents(margaret.consentRecorded(ConsentDecision.AGREED, null));
    }

    @Test
    void consent_agreed_with_limits_records_what_may_not_be_shared() {
        String limits = "Not her mental health history";
        care.given(margaret.registered())
                .when(margaret.recordConsent(ConsentDecision.AGREED_WITH_LIMITS, limits))
                .expectEvents(margaret.consentRecorded(ConsentDecision.AGREED_WITH_LIMITS, limits));
    }

    @Test
    void consent_can_be_withdrawn_after_it_was_given() {
        care.given(CareJourney.then(margaret.registered(), margaret.consentRecorded(ConsentDecision.AGREED, null)))
                .when(margaret.recordConsent(ConsentDecision.REFUSED, null))
                .expectEvents(margaret.consentRecorded(ConsentDecision.REFUSED, null));
    }

    @Test
    void consent_without_a_decision_is_refused() {
        care.given(margaret.registered())
                .when(margaret.recordConsent(null, null))
                .expectException(violates(CareRule.CONSENT_DECISION_REQUIRED));
    }

    @ParameterizedTest(name = "limits \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void consent_agreed_with_limits_that_does_not_say_what_they_are_is_refused(String limits) {
        care.given(margaret.registered())
                .when(margaret.recordConsent(ConsentDecision.AGREED_WITH_LIMITS, limits))
                .expectException(violates(CareRule.CONSENT_LIMITS_REQUIRED));
    }
}
