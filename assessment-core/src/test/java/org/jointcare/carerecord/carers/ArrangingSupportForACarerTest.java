package org.jointcare.carerecord.carers;

import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.time.LocalDate;
import java.util.UUID;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.junit.jupiter.api.Test;

/** After the assessment, the linkworker arranges the carer's support: a service of the package, or a plan of the carer's own. */
class ArrangingSupportForACarerTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void a_service_of_the_cared_for_persons_package_supports_the_carer() {
        care.given(margaret.carerAssessed())
                .when(margaret.arrangeCarerSupportInPackage())
                .expectEvents(margaret.carerSupportArrangedInPackage());
    }

    @Test
    void or_the_carer_has_a_support_plan_of_their_own() {
        care.given(margaret.carerAssessed())
                .when(margaret.arrangeOwnCarerSupportPlan())
                .expectEvents(margaret.ownCarerSupportPlanArranged());
    }

    @Test
    void a_carer_found_not_eligible_may_still_be_supported() {
        care.given(then(margaret.carerAwaitingAssessment(), margaret.carersAssessmentCarriedOut(carerCoping())))
                .when(margaret.arrangeOwnCarerSupportPlan())
                .expectEvents(margaret.ownCarerSupportPlanArranged());
    }

    @Test
    void support_follows_the_assessment() {
        care.given(margaret.carerAwaitingAssessment())
                .when(margaret.arrangeOwnCarerSupportPlan())
                .expectException(violates(CareRule.CARER_SUPPORT_NEEDS_ASSESSMENT));
    }

    @Test
    void support_is_arranged_once_per_assessment() {
        care.given(then(margaret.carerAssessed(), margaret.ownCarerSupportPlanArranged()))
                .when(margaret.arrangeCarerSupportInPackage())
                .expectException(violates(CareRule.CARER_SUPPORT_ALREADY_ARRANGED));
    }

    @Test
    void only_a_linkworker_arranges_it() {
        care.given(margaret.carerAssessed())
                .when(new ArrangeCarerSupport(margaret.careRecordId, margaret.carersAssessmentId, CarerSupportKind.OWN_SUPPORT_PLAN,
                        null, null, CARER_SUPPORT_PLAN, CARER_SUPPORT_STARTS, GP, CARER_SUPPORT_ARRANGED_AT))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_BY_LINKWORKER_ONLY));
    }

    @Test
    void the_service_must_be_in_the_package_in_force() {
        care.given(margaret.carerAssessed())
                .when(new ArrangeCarerSupport(margaret.careRecordId, margaret.carersAssessmentId, CarerSupportKind.SERVICE_IN_PACKAGE,
                        margaret.packageId, ServiceType.RESPITE, null, CARER_SUPPORT_STARTS, LINKWORKER, CARER_SUPPORT_ARRANGED_AT))
                .expectException(violates(CareRule.CARER_SUPPORT_SERVICE_NOT_IN_PACKAGE, "service"));
        care.given(margaret.carerAssessed())
                .when(new ArrangeCarerSupport(margaret.careRecordId, margaret.carersAssessmentId, CarerSupportKind.SERVICE_IN_PACKAGE,
                        UUID.randomUUID(), ServiceType.HOME_CARE, null, CARER_SUPPORT_STARTS, LINKWORKER, CARER_SUPPORT_ARRANGED_AT))
                .expectException(violates(CareRule.CARER_SUPPORT_SERVICE_NOT_IN_PACKAGE, "service"));
    }

    @Test
    void an_ended_package_supports_no_one() {
        care.given(then(margaret.carerAssessed(), margaret.packageEnded("No longer needed")))
                .when(margaret.arrangeCarerSupportInPackage())
                .expectException(violates(CareRule.CARER_SUPPORT_SERVICE_NOT_IN_PACKAGE, "service"));
    }

    @Test
    void a_service_or_a_plan_not_both_nor_neither() {
        care.given(margaret.carerAssessed())
                .when(new ArrangeCarerSupport(margaret.careRecordId, margaret.carersAssessmentId, CarerSupportKind.SERVICE_IN_PACKAGE,
                        margaret.packageId, ServiceType.HOME_CARE, CARER_SUPPORT_PLAN, CARER_SUPPORT_STARTS, LINKWORKER,
                        CARER_SUPPORT_ARRANGED_AT))
                .expectException(violates(CareRule.CARER_SUPPORT_DETAILS_INCOMPLETE));
        care.given(margaret.carerAssessed())
                .when(new ArrangeCarerSupport(margaret.careRecordId, margaret.carersAssessmentId, CarerSupportKind.OWN_SUPPORT_PLAN,
                        null, null, " ", CARER_SUPPORT_STARTS, LINKWORKER, CARER_SUPPORT_ARRANGED_AT))
                .expectException(violates(CareRule.CARER_SUPPORT_DETAILS_INCOMPLETE));
    }

    @Test
    void support_starts_no_earlier_than_the_assessment() {
        care.given(margaret.carerAssessed())
                .when(new ArrangeCarerSupport(margaret.careRecordId, margaret.carersAssessmentId, CarerSupportKind.OWN_SUPPORT_PLAN,
                        null, null, CARER_SUPPORT_PLAN, LocalDate.of(2026, 3, 19), LINKWORKER, CARER_SUPPORT_ARRANGED_AT))
                .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "startDate"));
    }

    @Test
    void an_unknown_assessment_is_refused() {
        care.given(margaret.carerAssessed())
                .when(new ArrangeCarerSupport(margaret.careRecordId, UUID.randomUUID(), CarerSupportKind.OWN_SUPPORT_PLAN,
                        null, null, CARER_SUPPORT_PLAN, CARER_SUPPORT_STARTS, LINKWORKER, CARER_SUPPORT_ARRANGED_AT))
                .expectException(violates(CareRule.CARERS_ASSESSMENT_UNKNOWN));
    }
}
