package org.jointcare.carerecord.death;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordCommand;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.enteredinerror.EntryKind;
import org.jointcare.carerecord.erasure.ErasureGround;
import org.jointcare.carerecord.followup.RecordNursingVisit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** After a death the record is read and corrected, nothing more recorded ({@link AfterDeathPolicy}). */
class AfterADeathTest {

    private static final CareJourney MARGARET = new CareJourney();
    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    /** Died at home after her discharge, the discharge notice still waiting for the practice. */
    private List<Object> died() {
        return then(margaret.dischargedHome(), margaret.packageEnded(DIED), margaret.personDied(GP), margaret.closedOnDeath(GP));
    }

    static Stream<CareRecordCommand> somethingNew() {
        return Stream.of(MARGARET.receiveReferral(MARGARET.secondReferralId, LATER),
                MARGARET.recordConsent(ConsentDecision.AGREED, null),
                MARGARET.recordAdmission(),
                new RecordNursingVisit(MARGARET.careRecordId, UUID.randomUUID(), null, NURSE_VISITED_AT, VISIT_NOTES, DISTRICT_NURSE, LATER),
                MARGARET.recordSocialCareFollowUp(),
                MARGARET.moveToAnotherPractice(),
                MARGARET.recordEmergencyAccess(java.time.Duration.ofHours(1)),
                MARGARET.closeCareRecord(org.jointcare.carerecord.closure.ClosureReason.NO_LONGER_NEEDS_SERVICES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("somethingNew")
    void nothing_new_is_recorded_after_the_death(CareRecordCommand command) {
        care.given(died())
                .when(command)
                .expectException(violates(CareRule.PERSON_HAS_DIED));
    }

    @Test
    void a_new_referral_does_not_reopen_the_record_of_someone_who_died() {
        care.given(died())
                .when(margaret.receiveReferral(margaret.secondReferralId, LATER))
                .expectException(violates(CareRule.PERSON_HAS_DIED));
    }

    @Test
    void the_persons_details_can_still_be_corrected() {
        care.given(died())
                .when(margaret.changePersonDetails())
                .expectSuccessfulHandlerExecution()
                .expectEvents(margaret.personDetailsChanged());
    }

    @Test
    void a_discharge_notice_sent_before_the_death_can_still_be_acknowledged() {
        care.given(died())
                .when(margaret.acknowledgeDischargeNotice(PRACTICE_RECEPTION))
                .expectEvents(margaret.dischargeNoticeAcknowledged());
    }

    @Test
    void the_discharge_summary_can_still_be_corrected_within_its_window() {
        care.given(died())
                .when(margaret.correctDischargeSummary(DISCHARGE_COORDINATOR, LATER))
                .expectEvents(margaret.dischargeSummaryCorrected(LATER));
    }

    @Test
    void an_entry_recorded_in_error_can_still_be_marked() {
        care.given(then(margaret.dischargedHome(), margaret.nursingVisitRecorded(margaret.visitId, true, NURSE_VISITED_AT),
                        margaret.packageEnded(DIED), margaret.personDied(GP), margaret.closedOnDeath(GP)))
                .when(margaret.markEnteredInError(SEQUENCE_OF_VISIT, DISTRICT_NURSE))
                .expectEvents(margaret.visitEnteredInError(SEQUENCE_OF_VISIT, margaret.visitId, true, DISTRICT_NURSE));
    }

    @Test
    void the_privacy_officer_can_still_erase_it() {
        care.given(died())
                .when(margaret.eraseRecord(ErasureGround.UNLAWFUL_PROCESSING, LATER))
                .expectEvents(margaret.recordErased(ErasureGround.UNLAWFUL_PROCESSING, LATER));
    }

    @Test
    void the_policy_allows_corrections_and_refuses_new_facts() {
        org.assertj.core.api.Assertions.assertThat(AfterDeathPolicy.allows(margaret.changePersonDetails())).isTrue();
        org.assertj.core.api.Assertions.assertThat(AfterDeathPolicy.allows(margaret.recordAdmission())).isFalse();
    }
}
