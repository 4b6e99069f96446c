package org.jointcare.carerecord.death;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.time.LocalDate;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A death is recorded once, by someone working with the person; what was open ends with it and the record closes. */
class RecordingADeathTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void the_package_in_force_ends_on_the_date_of_death_and_the_record_closes() {
        care.given(margaret.packageInPlace())
                .when(margaret.recordDeath(GP))
                .expectEvents(new CarePackageEnded(margaret.careRecordId, margaret.packageId, DIED, GP, LATER), margaret.personDied(GP), margaret.closedOnDeath(GP));
    }

    @Test
    void a_referral_still_waiting_is_withdrawn_with_the_record() {
        care.given(margaret.referred())
                .when(margaret.recordDeath(DISTRICT_NURSE))
                .expectEvents(new ReferralClosed(margaret.careRecordId, margaret.referralId,
                                ReferralClosure.WITHDRAWN_ON_RECORD_CLOSURE, DIED, DISTRICT_NURSE, LATER),
                        margaret.personDied(DISTRICT_NURSE), margaret.closedOnDeath(DISTRICT_NURSE));
    }

    @Test
    void a_death_in_hospital_ends_the_suspended_package_too() {
        care.given(margaret.inHospital())
                .when(margaret.recordDeath(DISCHARGE_COORDINATOR))
                .expectEvents(new CarePackageEnded(margaret.careRecordId, margaret.packageId, DIED, DISCHARGE_COORDINATOR, LATER),
                        margaret.personDied(DISCHARGE_COORDINATOR), margaret.closedOnDeath(DISCHARGE_COORDINATOR));
    }

    @Test
    void a_record_already_closed_takes_the_death_without_closing_again() {
        care.given(then(margaret.referred(), margaret.closedOnMovingAway()))
                .when(margaret.recordDeath(GP))
                .expectEvents(margaret.personDied(GP));
    }

    @Test
    void a_death_is_recorded_once() {
        care.given(then(margaret.packageInPlace(), margaret.personDied(GP), margaret.closedOnDeath(GP)))
                .when(margaret.recordDeath(LINKWORKER))
                .expectException(violates(CareRule.DEATH_ALREADY_RECORDED));
    }

    static Actor[] notCaringForThePerson() {
        return new Actor[]{PRIVACY_OFFICER, new Actor("jo.bennett", org.jointcare.carerecord.Role.COMMISSIONER, "QOX")};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notCaringForThePerson")
    void only_those_working_with_the_person_record_a_death(Actor someoneElse) {
        care.given(margaret.packageInPlace())
                .when(margaret.recordDeath(someoneElse))
                .expectException(violates(CareRule.DEATH_RECORDING_NOT_PERMITTED));
    }

    @Test
    void a_death_needs_its_date() {
        care.given(margaret.packageInPlace())
                .when(new RecordDeath(margaret.careRecordId, null, GP, LATER))
                .expectException(violates(CareRule.DEATH_DETAILS_INCOMPLETE));
    }

    @Test
    void a_death_in_the_future_is_refused() {
        care.given(margaret.packageInPlace())
                .when(new RecordDeath(margaret.careRecordId, LocalDate.of(2026, 5, 2), GP, LATER))
                .expectException(violates(CareRule.DATE_IN_FUTURE, "dateOfDeath"));
    }

    @Test
    void a_death_before_the_birth_is_refused() {
        care.given(margaret.packageInPlace())
                .when(new RecordDeath(margaret.careRecordId, LocalDate.of(1930, 1, 1), GP, LATER))
                .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "dateOfDeath"));
    }
}
