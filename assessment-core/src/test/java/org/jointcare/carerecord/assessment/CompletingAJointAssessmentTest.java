package org.jointcare.carerecord.assessment;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.axonframework.messaging.Message;
import org.hamcrest.Matcher;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.jointcare.carerecord.CareDetails.*;
import static org.jointcare.carerecord.CareJourney.ASSESSED_AT;
import static org.jointcare.carerecord.CareJourney.then;
import static org.jointcare.carerecord.Professionals.LINKWORKER;
import static org.jointcare.carerecord.RuleViolated.violates;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CompletingAJointAssessmentTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void an_assessment_with_social_care_and_district_nursing_contributions_is_completed_with_its_eligibility_decision() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.completeJointAssessment())
                .expectEvents(margaret.assessmentCompleted());
    }

    @Test
    void a_gp_contribution_counts_as_the_health_side() {
        care.given(then(margaret.assessing(), margaret.socialCareContributed(), margaret.contributionAdded(gpContribution())))
                .when(margaret.completeJointAssessment())
                .expectEvents(margaret.assessmentCompleted());
    }

    @Test
    void completing_an_assessment_the_record_does_not_hold_is_refused() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(new CompleteJointAssessment(margaret.careRecordId, UUID.randomUUID(), agreedConclusion(), LINKWORKER, ASSESSED_AT))
                .expectException(violates(CareRule.ASSESSMENT_UNKNOWN));
    }

    @Test
    void completing_an_assessment_twice_is_refused() {
        care.given(margaret.assessed())
                .when(margaret.completeJointAssessment())
                .expectException(violates(CareRule.ASSESSMENT_NOT_IN_PROGRESS));
    }

    static Stream<Arguments> contributionsFromOneSideOnly() {
        CareJourney journey = new CareJourney();
        return Stream.of(
                arguments("no contributions", List.of()),
                arguments("social care only", List.of(journey.socialCareContributed())),
                arguments("district nursing and GP only", List.of(journey.districtNursingContributed(), journey.contributionAdded(gpContribution()))),
                arguments("social care and occupational therapy", List.of(journey.socialCareContributed(),
                        journey.contributionAdded(occupationalTherapyContribution()))));
    }

    @ParameterizedTest(name = "an assessment with {0} is refused")
    @MethodSource("contributionsFromOneSideOnly")
    void an_assessment_without_both_a_health_and_a_social_care_contribution_cannot_be_completed(String held, List<Object> contributions) {
        care.given(then(margaret.assessing(), contributions.toArray()))
                .when(margaret.completeJointAssessment())
                .expectException(violates(CareRule.ASSESSMENT_NEEDS_HEALTH_AND_SOCIAL_CARE));
    }

    static Stream<Arguments> incompleteConclusions() {
        AssessmentConclusion agreed = agreedConclusion();
        return Stream.of(
                arguments("no conclusion at all", null),
                arguments("an agreed need nobody is responsible for", new AssessmentConclusion(
                        List.of(new AgreedNeed(NeedDomain.PERSONAL_CARE, NeedLevel.SUBSTANTIAL, null, "Washing and dressing")),
                        true, agreed.outcomes(), true, agreed.personViewsAndWishes(), agreed.carerNeeds(), agreed.chcChecklist())),
                arguments("an agreed need without a level", new AssessmentConclusion(
                        List.of(new AgreedNeed(NeedDomain.PERSONAL_CARE, null, Responsibility.SOCIAL_CARE, "Washing and dressing")),
                        true, agreed.outcomes(), true, agreed.personViewsAndWishes(), agreed.carerNeeds(), agreed.chcChecklist())),
                arguments("an agreed need without a domain", new AssessmentConclusion(
                        List.of(new AgreedNeed(null, NeedLevel.LOW, Responsibility.SOCIAL_CARE, "Washing and dressing")),
                        true, agreed.outcomes(), true, agreed.personViewsAndWishes(), agreed.carerNeeds(), agreed.chcChecklist())),
                arguments("nothing from the person herself", new AssessmentConclusion(agreed.agreedNeeds(), true,
                        agreed.outcomes(), true, " ", agreed.carerNeeds(), agreed.chcChecklist())),
                arguments("no continuing healthcare checklist result", new AssessmentConclusion(agreed.agreedNeeds(), true,
                        agreed.outcomes(), true, agreed.personViewsAndWishes(), agreed.carerNeeds(), null)));
    }

    @ParameterizedTest(name = "a conclusion with {0} is refused")
    @MethodSource("incompleteConclusions")
    void an_incomplete_conclusion_is_refused(String missing, AssessmentConclusion conclusion) {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.completeJointAssessment(conclusion))
                .expectException(violates(CareRule.ASSESSMENT_CONCLUSION_INCOMPLETE));
    }

    @Test
    void a_conclusion_with_an_outcome_not_achieved_for_no_stated_reason_is_refused() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.completeJointAssessment(conclusionWith(true, List.of(
                        new OutcomeAssessment(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, false, null, null),
                        notAchieved(CareActOutcome.BEING_APPROPRIATELY_CLOTHED, UnableReason.CANNOT_WITHOUT_HELP)), true)))
                .expectException(violates(CareRule.OUTCOME_NEEDS_REASON));
    }

    @Test
    void a_conclusion_recording_the_same_outcome_twice_is_refused() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.completeJointAssessment(conclusionWith(true, List.of(
                        notAchieved(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, UnableReason.CANNOT_WITHOUT_HELP),
                        notAchieved(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, UnableReason.TAKES_SIGNIFICANTLY_LONGER)), true)))
                .expectException(violates(CareRule.OUTCOME_RECORDED_TWICE));
    }

    // eligibility, as the completed assessment states it

    private static final List<OutcomeAssessment> TWO_NOT_ACHIEVED = List.of(
            notAchieved(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, UnableReason.CANNOT_WITHOUT_HELP),
            notAchieved(CareActOutcome.USING_THE_HOME_SAFELY, UnableReason.ENDANGERS_SELF_OR_OTHERS),
            achieved(CareActOutcome.MANAGING_TOILET_NEEDS));

    private static final List<OutcomeAssessment> ONE_NOT_ACHIEVED = List.of(
            notAchieved(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE, UnableReason.SIGNIFICANT_PAIN_DISTRESS_OR_ANXIETY),
            achieved(CareActOutcome.USING_THE_HOME_SAFELY));

    private static Matcher<List<Message<?>>> completedWithEligibility(
            Predicate<EligibilityDecision> decision) {
        return payloadsMatching(exactSequenceOf(matches(
                payload -> payload instanceof JointAssessmentCompleted completed && decision.test(completed.eligibility()))));
    }

    @Test
    void two_outcomes_not_achieved_because_of_illness_with_an_impact_on_wellbeing_make_the_person_eligible() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.completeJointAssessment(conclusionWith(true, TWO_NOT_ACHIEVED, true)))
                .expectEventsMatching(completedWithEligibility(decision -> decision.eligible()
                        && decision.outcomesNotAchieved().equals(List.of(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE,
                        CareActOutcome.USING_THE_HOME_SAFELY))));
    }

    @Test
    void only_one_outcome_not_achieved_is_not_eligible() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.completeJointAssessment(conclusionWith(true, ONE_NOT_ACHIEVED, true)))
                .expectEventsMatching(completedWithEligibility(decision -> !decision.eligible()
                        && decision.outcomesNotAchieved().equals(List.of(CareActOutcome.MAINTAINING_PERSONAL_HYGIENE))));
    }

    @Test
    void needs_that_do_not_arise_from_an_impairment_or_illness_are_not_eligible() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.completeJointAssessment(conclusionWith(false, TWO_NOT_ACHIEVED, true)))
                .expectEventsMatching(completedWithEligibility(decision -> !decision.eligible()));
    }

    @Test
    void without_a_significant_impact_on_wellbeing_the_person_is_not_eligible() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.completeJointAssessment(conclusionWith(true, TWO_NOT_ACHIEVED, false)))
                .expectEventsMatching(completedWithEligibility(decision -> !decision.eligible()));
    }
}
