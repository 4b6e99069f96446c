package org.jointcare.carerecord.death;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.util.List;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;

/** Each organisation told of the death acknowledges the notice once, for all its staff. */
class AcknowledgingADeathNoticeTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    private List<Object> died() {
        return then(margaret.packageInPlace(), margaret.packageEnded(DIED), margaret.personDied(LINKWORKER),
                margaret.closedOnDeath(LINKWORKER));
    }

    @Test
    void the_practice_the_linkworker_and_the_nurse_each_acknowledge_it() {
        care.given(then(died(), margaret.deathNoticeAcknowledged(GP), margaret.deathNoticeAcknowledged(LINKWORKER)))
                .when(margaret.acknowledgeDeathNotice(DISTRICT_NURSE))
                .expectEvents(margaret.deathNoticeAcknowledged(DISTRICT_NURSE));
    }

    @Test
    void one_acknowledgement_stands_for_the_whole_organisation() {
        care.given(then(died(), margaret.deathNoticeAcknowledged(GP)))
                .when(margaret.acknowledgeDeathNotice(PRACTICE_RECEPTION))
                .expectException(violates(CareRule.DEATH_NOTICE_ALREADY_ACKNOWLEDGED));
    }

    @Test
    void another_practice_was_not_sent_the_notice() {
        care.given(died())
                .when(margaret.acknowledgeDeathNotice(GP_ELSEWHERE))
                .expectException(violates(CareRule.DEATH_NOTICE_NOT_FOR_YOU));
    }

    @Test
    void the_hospital_team_is_not_sent_a_death_notice() {
        care.given(died())
                .when(margaret.acknowledgeDeathNotice(DISCHARGE_COORDINATOR))
                .expectException(violates(CareRule.DEATH_NOTICE_NOT_FOR_YOU));
    }

    @Test
    void there_is_no_notice_while_no_death_is_recorded() {
        care.given(margaret.packageInPlace())
                .when(margaret.acknowledgeDeathNotice(GP))
                .expectException(violates(CareRule.NO_DEATH_RECORDED));
    }
}
