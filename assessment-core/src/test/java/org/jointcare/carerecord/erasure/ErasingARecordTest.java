package org.jointcare.carerecord.erasure;

import static org.jointcare.carerecord.CareJourney.then;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.time.Instant;
import java.util.stream.Stream;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordCommand;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.Professionals;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Erasure is the exception to retention: who may ask, on which ground, and what the record takes after. */
class ErasingARecordTest {

    /** The journey closes the record at {@link CareJourney#LATER} (2026-05-01). */
    private static final Instant EIGHT_YEARS_AFTER_CLOSURE = Instant.parse("2034-05-01T09:00:00Z");
    private static final Instant A_DAY_SHORT_OF_EIGHT_YEARS = Instant.parse("2034-04-30T09:00:00Z");

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void unlawful_processing_erases_an_open_record() {
        care.given(margaret.packageInPlace())
                .when(margaret.eraseRecord(ErasureGround.UNLAWFUL_PROCESSING, CareJourney.LATER))
                .expectEvents(margaret.recordErased(ErasureGround.UNLAWFUL_PROCESSING, CareJourney.LATER));
    }

    @Test
    void a_record_closed_eight_years_ago_is_erased_at_the_end_of_its_retention_period() {
        care.given(margaret.closedWhileInHospital())
                .when(margaret.eraseRecord(ErasureGround.END_OF_RETENTION_PERIOD, EIGHT_YEARS_AFTER_CLOSURE))
                .expectEvents(margaret.recordErased(ErasureGround.END_OF_RETENTION_PERIOD, EIGHT_YEARS_AFTER_CLOSURE));
    }

    @Test
    void a_record_closed_less_than_eight_years_ago_is_still_retained() {
        care.given(margaret.closedWhileInHospital())
                .when(margaret.eraseRecord(ErasureGround.END_OF_RETENTION_PERIOD, A_DAY_SHORT_OF_EIGHT_YEARS))
                .expectException(violates(CareRule.RETENTION_PERIOD_NOT_ENDED));
    }

    @Test
    void an_open_record_is_never_past_its_retention_period() {
        care.given(margaret.packageInPlace())
                .when(margaret.eraseRecord(ErasureGround.END_OF_RETENTION_PERIOD, EIGHT_YEARS_AFTER_CLOSURE))
                .expectException(violates(CareRule.RETENTION_PERIOD_NOT_ENDED));
    }

    @Test
    void a_reopened_record_counts_its_retention_from_its_next_closure() {
        care.given(then(margaret.closedWhileInHospital(), margaret.reopenedBy(margaret.secondReferralId, CareJourney.LATER),
                        margaret.referralReceived(margaret.secondReferralId, CareJourney.LATER)))
                .when(margaret.eraseRecord(ErasureGround.END_OF_RETENTION_PERIOD, EIGHT_YEARS_AFTER_CLOSURE))
                .expectException(violates(CareRule.RETENTION_PERIOD_NOT_ENDED));
    }

    @Test
    void erasure_needs_its_ground() {
        care.given(margaret.registered())
                .when(margaret.eraseRecord(null, CareJourney.LATER))
                .expectException(violates(CareRule.ERASURE_GROUND_REQUIRED));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = "PRIVACY_OFFICER", mode = EnumSource.Mode.EXCLUDE)
    void only_the_privacy_officer_may_erase(Role role) {
        care.given(margaret.registered())
                .when(new EraseRecord(margaret.careRecordId, ErasureGround.UNLAWFUL_PROCESSING,
                        new Actor("someone", role, Professionals.REGISTERED_PRACTICE), CareJourney.LATER))
                .expectException(violates(CareRule.ERASURE_NOT_PERMITTED));
    }

    static Stream<CareRecordCommand> everyCommandOnARecord() {
        return new CareJourney().oneOfEveryCommand().stream().filter(command -> !(command instanceof RegisterPerson));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandOnARecord")
    void an_erased_record_takes_nothing_more_not_even_a_new_referral_or_a_second_erasure(CareRecordCommand command) {
        care.given(then(margaret.packageInPlace(), margaret.recordErased(ErasureGround.UNLAWFUL_PROCESSING, CareJourney.LATER)))
                .when(command)
                .expectException(violates(CareRule.RECORD_ERASED));
    }
}
