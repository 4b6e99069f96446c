package org.jointcare.carerecord.timeline;

import static org.jointcare.carerecord.CareDetails.*;
import static org.jointcare.carerecord.CareJourney.*;
import static org.jointcare.carerecord.Professionals.*;
import static org.jointcare.carerecord.RuleViolated.violates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.carepackage.AmendCarePackage;
import org.jointcare.carerecord.carepackage.ArrangeCarePackage;
import org.jointcare.carerecord.carepackage.ReviseCarePackage;
import org.jointcare.carerecord.hospital.PlanDischarge;
import org.jointcare.carerecord.hospital.RecordHospitalAdmission;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.jointcare.carerecord.review.CompleteReview;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.carerecord.review.ReviewTrigger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every date a professional enters is checked against Margaret's own time line (RecordTimeline):
 * nothing before what it follows, nothing that happened in the future, nothing planned more than
 * a year ahead. Each refusal names the field.
 */
class DatesFitTheRecordsTimelineTest {

    private static final LocalDate YEAR_9999 = LocalDate.of(9999, 1, 1);
    private static final LocalDate YEAR_99999 = LocalDate.of(99_999, 1, 1);

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Nested
    class Registration {

        private RegisterPerson bornOn(LocalDate dateOfBirth) {
            return new RegisterPerson(margaret.careRecordId, null,
                    person("Margaret", "Ellis", dateOfBirth, REGISTERED_PRACTICE, "North Wiltshire"), PRACTICE_RECEPTION, REGISTERED_AT);
        }

        @Test
        void a_date_of_birth_in_the_future_is_refused() {
            care.givenNoRecord().when(bornOn(LocalDate.of(2026, 3, 3)))
                    .expectException(violates(CareRule.DATE_IN_FUTURE, "person.dateOfBirth"));
        }

        @Test
        void a_date_of_birth_more_than_125_years_ago_is_a_mistyped_year() {
            care.givenNoRecord().when(bornOn(LocalDate.of(1838, 5, 14)))
                    .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "person.dateOfBirth"));
        }

        @Test
        void a_centenarian_can_be_registered() {
            care.givenNoRecord().when(bornOn(LocalDate.of(1910, 5, 14))).expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class CarePackages {

        private ArrangeCarePackage startingOn(LocalDate startDate) {
            return new ArrangeCarePackage(margaret.careRecordId, margaret.packageId, margaret.assessmentId, startDate,
                    agreedTerms(), LINKWORKER, PACKAGE_ARRANGED_AT);
        }

        private ReviseCarePackage revisedFrom(LocalDate startDate) {
            return new ReviseCarePackage(margaret.careRecordId, margaret.revisedPackageId, margaret.packageId,
                    margaret.assessmentId, startDate, termsWithEveningCalls(), REVISION_REASON, LINKWORKER, LATER);
        }

        private AmendCarePackage amendedFrom(LocalDate effectiveFrom) {
            return new AmendCarePackage(margaret.careRecordId, margaret.packageId, effectiveFrom, termsWithEveningCalls(),
                    "Evening calls added", LINKWORKER, LATER);
        }

        @Test
        void a_package_starting_in_the_year_9999_is_refused() {
            care.given(margaret.assessed()).when(startingOn(YEAR_9999))
                    .expectException(violates(CareRule.DATE_BEYOND_PLANNING_HORIZON, "startDate"));
        }

        @Test
        void a_package_may_start_up_to_a_year_after_it_is_arranged_but_not_a_day_more() {
            care.given(margaret.assessed()).when(startingOn(LocalDate.of(2027, 3, 10))).expectSuccessfulHandlerExecution();
            new CareRecordFixture().given(margaret.assessed()).when(startingOn(LocalDate.of(2027, 3, 11)))
                    .expectException(violates(CareRule.DATE_BEYOND_PLANNING_HORIZON, "startDate"));
        }

        @Test
        void a_package_cannot_start_before_the_assessment_it_comes_from_was_completed() {
            care.given(margaret.assessed()).when(startingOn(LocalDate.of(2026, 3, 8)))
                    .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "startDate"));
        }

        @Test
        void a_package_may_start_on_the_day_of_the_assessment() {
            care.given(margaret.assessed()).when(startingOn(LocalDate.of(2026, 3, 9))).expectSuccessfulHandlerExecution();
        }

        @Test
        void a_revised_package_starting_in_the_year_99999_is_refused() {
            care.given(margaret.packageInPlace()).when(revisedFrom(YEAR_99999))
                    .expectException(violates(CareRule.DATE_BEYOND_PLANNING_HORIZON, "startDate"));
        }

        @Test
        void a_revised_package_cannot_start_before_its_assessment_was_completed() {
            care.given(margaret.packageInPlace()).when(revisedFrom(LocalDate.of(2026, 2, 1)))
                    .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "startDate"));
        }

        @Test
        void an_amendment_cannot_take_effect_before_the_package_started() {
            care.given(margaret.packageInPlace()).when(amendedFrom(PACKAGE_STARTS.minusDays(1)))
                    .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "effectiveFrom"));
        }

        @Test
        void an_amendment_taking_effect_in_the_year_9999_is_refused() {
            care.given(margaret.packageInPlace()).when(amendedFrom(YEAR_9999))
                    .expectException(violates(CareRule.DATE_BEYOND_PLANNING_HORIZON, "effectiveFrom"));
        }
    }

    @Nested
    class Hospital {

        private RecordHospitalAdmission admittedAt(Instant admittedAt, Instant recordedAt) {
            return new RecordHospitalAdmission(margaret.careRecordId, margaret.readmissionId, emergencyAdmission(admittedAt),
                    DISCHARGE_COORDINATOR, recordedAt);
        }

        private PlanDischarge expectedOn(LocalDate expected) {
            return new PlanDischarge(margaret.careRecordId, margaret.admissionId, dischargePlan(expected),
                    DISCHARGE_COORDINATOR, DISCHARGE_PLANNED_AT);
        }

        @Test
        void an_admission_dated_before_the_person_was_registered_is_refused() {
            care.given(margaret.registered())
                    .when(admittedAt(REGISTERED_AT.minusSeconds(3 * 24 * 3600), LATER))
                    .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "admittedAt"));
        }

        @Test
        void an_admission_in_the_future_is_refused() {
            care.given(margaret.registered())
                    .when(admittedAt(LATER.plusSeconds(3600), LATER))
                    .expectException(violates(CareRule.DATE_IN_FUTURE, "admittedAt"));
        }

        @Test
        void an_admission_before_the_last_discharge_is_refused() {
            care.given(margaret.dischargedHome())
                    .when(admittedAt(DISCHARGED_AT.minusSeconds(3600), LATER))
                    .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "admittedAt"));
        }

        @Test
        void a_discharge_expected_in_the_year_99999_is_refused() {
            care.given(margaret.inHospital()).when(expectedOn(YEAR_99999))
                    .expectException(violates(CareRule.DATE_BEYOND_PLANNING_HORIZON, "expectedDate"));
        }

        @Test
        void a_discharge_expected_before_the_admission_is_refused() {
            care.given(margaret.inHospital()).when(expectedOn(LocalDate.of(2026, 4, 19)))
                    .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "expectedDate"));
        }

        @Test
        void a_discharge_in_the_future_is_refused() {
            care.given(margaret.dischargePlanned())
                    .when(margaret.recordDischarge(dischargeHome(DISCHARGE_RECORDED_AT.plusSeconds(24 * 3600), null)))
                    .expectException(violates(CareRule.DATE_IN_FUTURE, "dischargedAt"));
        }

        @Test
        void a_discharge_before_the_admission_is_refused() {
            care.given(margaret.dischargePlanned())
                    .when(margaret.recordDischarge(dischargeHome(ADMITTED_AT.minusSeconds(60), null)))
                    .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "dischargedAt"));
        }
    }

    @Nested
    class Reviews {

        private CompleteReview conductedOn(LocalDate day) {
            return new CompleteReview(margaret.careRecordId, margaret.firstReviewId(), day,
                    reviewFindings(ReviewOutcome.CONTINUE), LINKWORKER, REVIEW_RECORDED_AT);
        }

        @Test
        void a_review_due_before_its_package_started_is_refused() {
            care.given(margaret.packageInPlace())
                    .when(margaret.scheduleReview(UUID.randomUUID(), PACKAGE_STARTS.minusDays(1), ReviewTrigger.ON_REQUEST))
                    .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "dueBy"));
        }

        @Test
        void a_review_due_in_the_year_9999_is_refused_by_the_twelve_month_review_interval() {
            care.given(margaret.packageInPlace())
                    .when(margaret.scheduleReview(UUID.randomUUID(), YEAR_9999, ReviewTrigger.ON_REQUEST))
                    .expectException(violates(CareRule.REVIEW_INTERVAL_TOO_LONG));
        }

        @Test
        void a_review_conducted_in_the_future_is_refused() {
            care.given(margaret.packageInPlace()).when(conductedOn(LocalDate.of(2026, 5, 7)))
                    .expectException(violates(CareRule.DATE_IN_FUTURE, "conductedOn"));
        }

        @Test
        void a_review_conducted_before_the_package_started_is_refused() {
            care.given(margaret.packageInPlace()).when(conductedOn(PACKAGE_STARTS.minusDays(1)))
                    .expectException(violates(CareRule.DATE_BEFORE_TIMELINE, "conductedOn"));
        }
    }
}
