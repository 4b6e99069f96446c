package org.jointcare.carerecord.carers;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.time.Instant;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;

/** A carer's assessment is asked for on the cared-for person's record, naming the carer; one waits at a time per carer. */
class RequestingACarersAssessmentTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void anyone_working_with_the_person_asks_for_the_carers_assessment() {
        care.given(margaret.packageInPlace())
                .when(margaret.requestCarersAssessment())
                .expectEvents(margaret.carersAssessmentRequested());
    }

    @Test
    void a_carer_can_be_assessed_before_the_person_has_a_package() {
        care.given(margaret.registered())
                .when(new RequestCarersAssessment(margaret.careRecordId, margaret.carersAssessmentId, TOM, DISTRICT_NURSE,
                        CARERS_ASSESSMENT_REQUESTED_AT))
                .expectEvents(new CarersAssessmentRequested(margaret.careRecordId, margaret.carersAssessmentId, TOM,
                        DISTRICT_NURSE, CARERS_ASSESSMENT_REQUESTED_AT));
    }

    @Test
    void the_carer_must_be_named_with_what_they_are_to_the_person() {
        care.given(margaret.registered())
                .when(new RequestCarersAssessment(margaret.careRecordId, margaret.carersAssessmentId,
                        new NamedCarer("Tom Hill", " ", null), GP, CARERS_ASSESSMENT_REQUESTED_AT))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_DETAILS_INCOMPLETE));
        care.given(margaret.registered())
                .when(new RequestCarersAssessment(margaret.careRecordId, margaret.carersAssessmentId, null, GP,
                        CARERS_ASSESSMENT_REQUESTED_AT))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_DETAILS_INCOMPLETE));
    }

    @Test
    void the_same_carer_is_not_asked_for_twice_while_one_waits() {
        care.given(margaret.carerAwaitingAssessment())
                .when(new RequestCarersAssessment(margaret.careRecordId, margaret.secondCarersAssessmentId,
                        new NamedCarer(" tom hill", "husband", null), LINKWORKER, LATER))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_ALREADY_REQUESTED));
    }

    @Test
    void another_carer_of_the_same_person_has_an_assessment_of_their_own() {
        NamedCarer ann = new NamedCarer("Ann Hill", "daughter", "ann.hill@example.org");
        care.given(margaret.carerAwaitingAssessment())
                .when(new RequestCarersAssessment(margaret.careRecordId, margaret.secondCarersAssessmentId, ann, LINKWORKER, LATER))
                .expectEvents(new CarersAssessmentRequested(margaret.careRecordId, margaret.secondCarersAssessmentId, ann,
                        LINKWORKER, LATER));
    }

    @Test
    void once_assessed_the_carer_may_ask_again() {
        Instant aYearOn = Instant.parse("2027-03-10T11:00:00Z");
        care.given(margaret.carerAssessed())
                .when(new RequestCarersAssessment(margaret.careRecordId, margaret.secondCarersAssessmentId, TOM, GP, aYearOn))
                .expectEvents(new CarersAssessmentRequested(margaret.careRecordId, margaret.secondCarersAssessmentId, TOM,
                        GP, aYearOn));
    }

    @Test
    void an_assessment_id_is_used_once() {
        care.given(margaret.carerAssessed())
                .when(margaret.requestCarersAssessment())
                .expectException(violates(CareRule.CARERS_ASSESSMENT_ALREADY_REQUESTED));
    }

    @Test
    void a_closed_record_takes_no_request() {
        care.given(margaret.closedWhileReferred())
                .when(margaret.requestCarersAssessment())
                .expectException(violates(CareRule.RECORD_CLOSED));
    }
}
