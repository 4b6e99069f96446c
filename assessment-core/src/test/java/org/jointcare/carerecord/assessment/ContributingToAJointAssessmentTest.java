package org.jointcare.carerecord.assessment;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareDetails.*;
import static org.jointcare.carerecord.CareJourney.NURSING_CONTRIBUTED_AT;
import static org.jointcare.carerecord.Professionals.DISTRICT_NURSE;
import static org.jointcare.carerecord.RuleViolated.violates;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ContributingToAJointAssessmentTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    private static Contribution nursing(String summary, List<IdentifiedNeed> needs, List<OutcomeAssessment> outcomes) {
        return new Contribution(Discipline.DISTRICT_NURSING, "Joan Price", summary, needs, outcomes, null, null);
    }

    private static Contribution socialCare(String summary, List<IdentifiedNeed> needs, List<OutcomeAssessment> outcomes) {
        return new Contribution(Discipline.SOCIAL_CARE, "Amy Shah", summary, needs, outcomes, null, null);
    }

    @Test
    void the_district_nurse_adds_the_nursing_part_of_the_assessment() {
        care.given(margaret.assessing())
                .when(margaret.addContribution(districtNursingContribution()))
                .expectEvents(margaret.contributionAdded(districtNursingContribution()));
    }

    @Test
    void the_gp_adds_medical_history_and_prognosis() {
        care.given(margaret.assessing())
                .when(margaret.addContribution(gpContribution()))
                .expectEvents(margaret.contributionAdded(gpContribution()));
    }

    @Test
    void an_occupational_therapist_can_contribute_too() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.addContribution(occupationalTherapyContribution()))
                .expectEvents(margaret.contributionAdded(occupationalTherapyContribution()));
    }

    @Test
    void a_contribution_to_an_assessment_the_record_does_not_hold_is_refused() {
        care.given(margaret.assessing())
                .when(new AddContribution(margaret.careRecordId, UUID.randomUUID(), districtNursingContribution(),
                        DISTRICT_NURSE, NURSING_CONTRIBUTED_AT))
                .expectException(violates(CareRule.ASSESSMENT_UNKNOWN));
    }

    @Test
    void a_contribution_to_a_completed_assessment_is_refused() {
        care.given(margaret.assessed())
                .when(margaret.addContribution(gpContribution()))
                .expectException(violates(CareRule.ASSESSMENT_NOT_IN_PROGRESS));
    }

    static Stream<Arguments> incompleteContributions() {
        List<IdentifiedNeed> noNeeds = List.of();
        List<OutcomeAssessment> noOutcomes = List.of();
        return Stream.of(
                arguments("no contribution at all", null),
                arguments("no discipline", new Contribution(null, "Joan Price", "Heel ulcer", noNeeds, noOutcomes, null, null)),
                arguments("no summary", nursing(" ", noNeeds, noOutcomes)),
                arguments("a need without a domain", nursing("Heel ulcer", List.of(new IdentifiedNeed(null, NeedLevel.MODERATE, "Dressings")), noOutcomes)),
                arguments("a need without a level", nursing("Heel ulcer", List.of(new IdentifiedNeed(NeedDomain.SKIN, null, "Dressings")), noOutcomes)));
    }

    @ParameterizedTest(name = "a contribution with {0} is refused")
    @MethodSource("incompleteContributions")
    void an_incomplete_contribution_is_refused(String missing, Contribution contribution) {
        care.given(margaret.assessing())
                .when(margaret.addContribution(contribution))
                .expectException(violates(CareRule.CONTRIBUTION_INCOMPLETE));
    }

    @Test
    void an_outcome_the_person_cannot_achieve_without_saying_why_is_refused() {
        Contribution withoutReason = socialCare("Heel ulcer", List.of(),
                List.of(new OutcomeAssessment(CareActOutcome.MANAGING_TOILET_NEEDS, false, null, "Needs help at night")));
        care.given(margaret.assessing())
                .when(margaret.addContribution(withoutReason))
                .expectException(violates(CareRule.OUTCOME_NEEDS_REASON));
    }

    @Test
    void the_same_outcome_recorded_twice_in_one_contribution_is_refused() {
        Contribution twice = socialCare("Heel ulcer", List.of(),
                List.of(achieved(CareActOutcome.MANAGING_TOILET_NEEDS),
                        notAchieved(CareActOutcome.MANAGING_TOILET_NEEDS, UnableReason.CANNOT_WITHOUT_HELP)));
        care.given(margaret.assessing())
                .when(margaret.addContribution(twice))
                .expectException(violates(CareRule.OUTCOME_RECORDED_TWICE));
    }
}
