package org.jointcare.carerecord.assessment;

import static org.jointcare.carerecord.CareDetails.*;
import static org.jointcare.carerecord.CareJourney.NURSING_CONTRIBUTED_AT;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.util.List;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A contribution's discipline follows from who adds it, and each discipline records only its own
 * part: otherwise Margaret's own record would say her GP added what a nurse wrote, and a social
 * care contribution could carry her medical history.
 */
class EachDisciplineContributesItsOwnPartTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    private AddContribution addedBy(Actor by, Contribution contribution) {
        return new AddContribution(margaret.careRecordId, margaret.assessmentId, contribution, by, NURSING_CONTRIBUTED_AT);
    }

    private static Contribution nursingWith(String medicalHistory, String prognosis, List<OutcomeAssessment> outcomes) {
        Contribution nursing = districtNursingContribution();
        return new Contribution(nursing.discipline(), nursing.contributorName(), nursing.summary(), nursing.needs(),
                outcomes, medicalHistory, prognosis);
    }

    @Test
    void a_district_nurse_cannot_add_the_gps_contribution() {
        care.given(margaret.assessing())
                .when(addedBy(DISTRICT_NURSE, gpContribution()))
                .expectException(violates(CareRule.CONTRIBUTION_DISCIPLINE_NOT_YOURS, "discipline"));
    }

    @Test
    void a_gp_cannot_add_the_social_care_contribution() {
        care.given(margaret.assessing())
                .when(addedBy(GP, socialCareContribution()))
                .expectException(violates(CareRule.CONTRIBUTION_DISCIPLINE_NOT_YOURS, "discipline"));
    }

    @Test
    void a_linkworker_cannot_add_the_district_nursing_contribution() {
        care.given(margaret.assessing())
                .when(addedBy(LINKWORKER, districtNursingContribution()))
                .expectException(violates(CareRule.CONTRIBUTION_DISCIPLINE_NOT_YOURS, "discipline"));
    }

    @Test
    void a_hospital_discharge_coordinator_makes_no_contribution() {
        care.given(margaret.assessing())
                .when(addedBy(DISCHARGE_COORDINATOR, districtNursingContribution()))
                .expectException(violates(CareRule.CONTRIBUTION_DISCIPLINE_NOT_YOURS, "discipline"));
    }

    @Test
    void the_linkworker_records_an_occupational_therapists_part_naming_them() {
        care.given(margaret.assessing())
                .when(addedBy(LINKWORKER, occupationalTherapyContribution()))
                .expectEvents(new ContributionAdded(margaret.careRecordId, margaret.assessmentId,
                        occupationalTherapyContribution(), LINKWORKER, NURSING_CONTRIBUTED_AT));
    }

    @Test
    void a_part_recorded_on_someone_elses_behalf_must_name_them() {
        Contribution ot = occupationalTherapyContribution();
        Contribution unnamed = new Contribution(ot.discipline(), " ", ot.summary(), ot.needs(), ot.outcomes(), null, null);
        care.given(margaret.assessing())
                .when(addedBy(LINKWORKER, unnamed))
                .expectException(violates(CareRule.CONTRIBUTION_INCOMPLETE, "contributorName"));
    }

    @Test
    void a_nursing_contribution_cannot_carry_a_medical_history() {
        care.given(margaret.assessing())
                .when(addedBy(DISTRICT_NURSE, nursingWith("Diabetes since 2009", null, List.of())))
                .expectException(violates(CareRule.CONTRIBUTION_FIELD_NOT_FOR_DISCIPLINE, "medicalHistory"));
    }

    @Test
    void a_nursing_contribution_cannot_carry_a_prognosis() {
        care.given(margaret.assessing())
                .when(addedBy(DISTRICT_NURSE, nursingWith(null, "Likely to decline", List.of())))
                .expectException(violates(CareRule.CONTRIBUTION_FIELD_NOT_FOR_DISCIPLINE, "prognosis"));
    }

    @Test
    void a_social_care_contribution_cannot_carry_a_medical_history() {
        Contribution social = socialCareContribution();
        care.given(margaret.assessing())
                .when(addedBy(LINKWORKER, new Contribution(social.discipline(), social.contributorName(), social.summary(),
                        social.needs(), social.outcomes(), "Heart failure", null)))
                .expectException(violates(CareRule.CONTRIBUTION_FIELD_NOT_FOR_DISCIPLINE, "medicalHistory"));
    }

    @Test
    void care_act_outcomes_are_social_cares_to_record() {
        care.given(margaret.assessing())
                .when(addedBy(DISTRICT_NURSE, nursingWith(null, null, List.of(achieved(CareActOutcome.MANAGING_TOILET_NEEDS)))))
                .expectException(violates(CareRule.CONTRIBUTION_FIELD_NOT_FOR_DISCIPLINE, "outcomes"));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void each_role_may_record_its_own_discipline_and_a_linkworker_also_others_on_their_behalf(Role role) {
        Discipline own = AssessmentContentPolicy.ownDisciplineOf(role);
        if (own == null) {
            org.assertj.core.api.Assertions.assertThat(AssessmentContentPolicy.disciplinesOf(role)).isEmpty();
        } else {
            org.assertj.core.api.Assertions.assertThat(AssessmentContentPolicy.disciplinesOf(role)).contains(own)
                    .doesNotContain(role == Role.LINKWORKER ? Discipline.GP : Discipline.SOCIAL_CARE);
        }
    }
}
