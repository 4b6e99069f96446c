package org.jointcare.carerecord.carepackage;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.jointcare.carerecord.CareDetails.*;
import static org.jointcare.carerecord.CareJourney.LATER;
import static org.jointcare.carerecord.CareJourney.PACKAGE_ARRANGED_AT;
import static org.jointcare.carerecord.CareJourney.PACKAGE_STARTS;
import static org.jointcare.carerecord.Professionals.LINKWORKER;
import static org.jointcare.carerecord.RuleViolated.violates;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ArrangingACarePackageTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    private ArrangeCarePackage arrange(UUID packageId, UUID assessmentId, LocalDate startDate, PackageTerms terms) {
        return new ArrangeCarePackage(margaret.careRecordId, packageId, assessmentId, startDate, terms, LINKWORKER, PACKAGE_ARRANGED_AT);
    }

    /** A second package arranged plainly, as if the first were not there. */
    private ArrangeCarePackage anotherPackage() {
        return new ArrangeCarePackage(margaret.careRecordId, margaret.revisedPackageId, margaret.assessmentId,
                CareJourney.REVISED_PACKAGE_STARTS, termsWithEveningCalls(), LINKWORKER, LATER);
    }

    @Test
    void a_package_arranged_from_the_completed_assessment_starts_and_schedules_its_first_review_six_to_eight_weeks_on() {
        care.given(margaret.assessed())
                .when(margaret.arrangeCarePackage())
                .expectEvents(margaret.packageArranged(), margaret.firstReviewScheduled());
    }

    @Test
    void arranging_a_package_while_one_is_active_is_refused_it_must_be_revised() {
        care.given(margaret.packageInPlace())
                .when(anotherPackage())
                .expectException(violates(CareRule.PACKAGE_ALREADY_IN_FORCE));
    }

    @Test
    void arranging_a_package_while_one_is_suspended_is_refused_it_must_be_revised() {
        care.given(margaret.inHospital())
                .when(anotherPackage())
                .expectException(violates(CareRule.PACKAGE_ALREADY_IN_FORCE));
    }

    @Test
    void a_package_arranged_while_the_person_is_in_hospital_starts_suspended_by_that_admission() {
        care.given(CareJourney.then(margaret.assessed(), margaret.admitted()))
                .when(margaret.arrangeCarePackage())
                .expectEvents(margaret.packageArranged(),
                        new CarePackageSuspended(margaret.careRecordId, margaret.packageId,
                                "In hospital when the package was arranged", margaret.admissionId, LINKWORKER,
                                PACKAGE_ARRANGED_AT),
                        margaret.firstReviewScheduled());
    }

    @Test
    void a_package_arranged_in_hospital_is_resumed_after_discharge_as_a_package_suspended_by_the_admission_is() {
        care.given(CareJourney.then(margaret.assessed(), margaret.admitted(), margaret.packageArranged(),
                        new CarePackageSuspended(margaret.careRecordId, margaret.packageId,
                                "In hospital when the package was arranged", margaret.admissionId, LINKWORKER,
                                PACKAGE_ARRANGED_AT),
                        margaret.firstReviewScheduled(), margaret.discharged(), margaret.dischargeNoticeRaised()))
                .when(margaret.resumeCarePackage())
                .expectEvents(margaret.packageResumed());
    }

    @Test
    void a_new_package_may_be_arranged_once_the_last_one_has_ended() {
        care.given(CareJourney.then(margaret.packageInPlace(), margaret.packageEnded("Managing with family")))
                .when(anotherPackage())
                .expectEvents(
                        new CarePackageArranged(margaret.careRecordId, margaret.revisedPackageId, margaret.assessmentId,
                                CareJourney.REVISED_PACKAGE_STARTS, termsWithEveningCalls(), null, LINKWORKER, LATER),
                        margaret.reviewScheduled(margaret.revisedPackageId, LocalDate.of(2026, 6, 22), LocalDate.of(2026, 7, 6),
                                ReviewTrigger.PACKAGE_STARTED, LINKWORKER, LATER));
    }

    @Test
    void a_free_service_such_as_a_loaned_alarm_costs_nothing() {
        PlannedService loanedAlarm = new PlannedService(ServiceType.ALARM, ProviderType.LOCAL_AUTHORITY, "Careline",
                1, 0, Funding.socialCare(), Set.of(NeedDomain.PERSONAL_CARE));
        care.given(margaret.assessed())
                .when(margaret.arrangeCarePackage(termsWith(loanedAlarm)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void arranging_a_package_with_an_id_already_used_is_refused() {
        care.given(margaret.packageInPlace())
                .when(margaret.arrangeCarePackage())
                .expectException(violates(CareRule.PACKAGE_ALREADY_ARRANGED));
    }

    @Test
    void a_package_before_the_assessment_is_completed_is_refused() {
        care.given(margaret.contributedByHealthAndSocialCare())
                .when(margaret.arrangeCarePackage())
                .expectException(violates(CareRule.PACKAGE_NEEDS_COMPLETED_ASSESSMENT));
    }

    @Test
    void a_package_from_an_assessment_the_record_does_not_hold_is_refused() {
        care.given(margaret.assessed())
                .when(arrange(margaret.packageId, UUID.randomUUID(), PACKAGE_STARTS, agreedTerms()))
                .expectException(violates(CareRule.PACKAGE_NEEDS_COMPLETED_ASSESSMENT));
    }

    static Stream<Arguments> incompletePackages() {
        return Stream.of(
                arguments("no start date", null, agreedTerms()),
                arguments("no terms", PACKAGE_STARTS, null),
                arguments("no services", PACKAGE_STARTS, new PackageTerms(List.of(), 0)));
    }

    @ParameterizedTest(name = "a package with {0} is refused")
    @MethodSource("incompletePackages")
    void an_incomplete_package_is_refused(String missing, LocalDate startDate, PackageTerms terms) {
        care.given(margaret.assessed())
                .when(arrange(margaret.packageId, margaret.assessmentId, startDate, terms))
                .expectException(violates(CareRule.PACKAGE_DETAILS_INCOMPLETE));
    }

    static Stream<Arguments> incompleteServices() {
        Set<NeedDomain> meets = Set.of(NeedDomain.PERSONAL_CARE);
        return Stream.of(
                arguments("no type", new PlannedService(null, ProviderType.PRIVATE_AGENCY, "Wessex Homecare", 14, 2_150, Funding.socialCare(), meets)),
                arguments("no kind of provider", new PlannedService(ServiceType.HOME_CARE, null, "Wessex Homecare", 14, 2_150, Funding.socialCare(), meets)),
                arguments("no provider named", new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, " ", 14, 2_150, Funding.socialCare(), meets)),
                arguments("no units per week", new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Wessex Homecare", 0, 2_150, Funding.socialCare(), meets)),
                arguments("a negative unit cost", new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Wessex Homecare", 14, -1, Funding.socialCare(), meets)),
                arguments("no funding", new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Wessex Homecare", 14, 2_150, null, meets)),
                arguments("funding without a stream", new PlannedService(ServiceType.HOME_CARE, ProviderType.PRIVATE_AGENCY, "Wessex Homecare", 14, 2_150, new Funding(null, 0, 100), meets)));
    }

    @ParameterizedTest(name = "a service with {0} is refused")
    @MethodSource("incompleteServices")
    void a_service_that_does_not_name_its_provider_frequency_cost_and_funding_is_refused(String missing, PlannedService service) {
        care.given(margaret.assessed())
                .when(margaret.arrangeCarePackage(termsWith(service)))
                .expectException(violates(CareRule.SERVICE_INCOMPLETE));
    }

    static Stream<Arguments> splitsThatDoNotAddUp() {
        return Stream.of(
                arguments(new Funding(FundingStream.HEALTH, 90, 10)),
                arguments(new Funding(FundingStream.SOCIAL_CARE, 10, 90)),
                arguments(Funding.joint(50, 40)),
                arguments(Funding.joint(60, 60)),
                arguments(Funding.joint(120, -20)));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("splitsThatDoNotAddUp")
    void a_funding_split_that_does_not_add_up_to_100_percent_is_refused(Funding funding) {
        care.given(margaret.assessed())
                .when(margaret.arrangeCarePackage(termsWith(bathing(funding))))
                .expectException(violates(CareRule.JOINT_FUNDING_SPLIT_INVALID));
    }

    @Test
    void a_joint_split_of_70_30_is_accepted() {
        care.given(margaret.assessed())
                .when(margaret.arrangeCarePackage(termsWith(bathing(Funding.joint(70, 30)))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_negative_contribution_from_the_person_is_refused() {
        care.given(margaret.assessed())
                .when(margaret.arrangeCarePackage(new PackageTerms(List.of(homeCare()), -500)))
                .expectException(violates(CareRule.PERSON_CONTRIBUTION_INVALID));
    }
}
