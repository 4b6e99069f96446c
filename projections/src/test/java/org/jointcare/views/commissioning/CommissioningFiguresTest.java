package org.jointcare.views.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.carepackage.Funding;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ProviderType;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.closure.ClosureReason;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Professionals;
import org.jointcare.views.testing.Services;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.Test;

/**
 * Two practices over a spring and summer: referrals, assessments, packages and hospital stays,
 * read back through the query gateway as a commissioner sees them — counted, costed, and
 * never below five.
 */
class CommissioningFiguresTest {

    private static final String NORTH = Professionals.PRACTICE_NORTH;
    private static final String SOUTH = Professionals.PRACTICE_SOUTH;
    private static final String TROWBRIDGE = "Trowbridge";
    private static final String SALISBURY = "Salisbury";

    private final EventLog log = new EventLog();
    private final ViewHarness view = new ViewHarness();
    private final CommissioningProjection commissioning = new CommissioningProjection(view.jdbc());

    CommissioningFiguresTest() {
        view.handlers(commissioning, new CommissioningQueries(view.jdbc()));
    }


    private List<CareRecordStory> people(int count, String practice, String locality) {
        List<CareRecordStory> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(log.register("Person" + i, practice + "Family" + i, LocalDate.of(1935, 3, 1), practice, locality,
                    "2026-02-02T09:00:00Z"));
        }
        return people;
    }

    private Map<String, CommissioningFigure> figures(String practice, String locality, String month, Measure measure) {
        view.play(log);
        CommissioningFigures all = view.ask(new FindCommissioningFigures(practice, locality, YearMonth.parse(month), 0, 200),
                CommissioningFigures.class);
        Map<String, CommissioningFigure> byCategory = new TreeMap<>();
        all.figures().stream().filter(f -> f.measure() == measure).forEach(f -> byCategory.put(f.category(), f));
        return byCategory;
    }

    private static void shown(CommissioningFigure figure, long count, Long total) {
        assertThat(figure.suppressed()).isFalse();
        assertThat(figure.count()).isEqualTo(count);
        assertThat(figure.total()).isEqualTo(total);
    }

    private static void suppressed(CommissioningFigure figure) {
        assertThat(figure.suppressed()).isTrue();
        assertThat(figure.count()).isNull();
        assertThat(figure.total()).isNull();
    }

    private static PlannedService jointBathing(int healthPercent) {
        return new PlannedService(ServiceType.BATHING, ProviderType.LOCAL_AUTHORITY, "Wiltshire Council bathing service",
                1, 1801, Funding.joint(healthPercent, 100 - healthPercent), Set.of(NeedDomain.PERSONAL_CARE));
    }

    @Test
    void four_gp_referrals_in_a_practice_are_suppressed_and_so_are_the_five_beside_them_that_would_give_them_away() {
        people(4, NORTH, TROWBRIDGE).forEach(p -> p.at("2026-03-10T10:00:00Z").referredByPractice(Urgency.ROUTINE, "Struggling at home"));
        people(5, SOUTH, SALISBURY).forEach(p -> p.at("2026-03-11T10:00:00Z").referredByPractice(Urgency.ROUTINE, "Struggling at home"));

        suppressed(figures(NORTH, null, "2026-03", Measure.REFERRALS_BY_SOURCE).get("GP"));
        // 9 in all minus 5 at the south practice would tell the north's 4: the 5 are hidden with them
        suppressed(figures(SOUTH, null, "2026-03", Measure.REFERRALS_BY_SOURCE).get("GP"));
        suppressed(figures(null, SALISBURY, "2026-03", Measure.REFERRALS_BY_SOURCE).get("GP"));
        shown(figures(null, null, "2026-03", Measure.REFERRALS_BY_SOURCE).get("GP"), 9, null);
        assertThat(figures(null, null, "2026-04", Measure.REFERRALS_BY_SOURCE)).isEmpty();
    }

    @Test
    void carers_assessed_eligible_and_supported_are_counted_with_the_cared_for_persons_practice_and_suppressed_alike() {
        List<CareRecordStory> north = people(6, NORTH, TROWBRIDGE);
        for (int i = 0; i < north.size(); i++) {
            CareRecordStory person = north.get(i).at("2026-03-02T10:00:00Z")
                    .carersAssessmentRequested(org.jointcare.views.testing.Carers.JEAN, Professionals.gp(NORTH))
                    .at("2026-03-09T10:00:00Z")
                    .carersAssessmentCarriedOut(i < 5 ? org.jointcare.views.testing.Carers.struggling()
                            : org.jointcare.views.testing.Carers.coping(), "anna.lw");
            if (i < 5) {
                person.carerSupported(null, "A break each week", "anna.lw");
            }
        }
        List<CareRecordStory> south = people(5, SOUTH, SALISBURY);
        south.forEach(person -> person.at("2026-03-02T10:00:00Z")
                .carersAssessmentRequested(org.jointcare.views.testing.Carers.JEAN, Professionals.gp(SOUTH))
                .at("2026-03-09T10:00:00Z").carersAssessmentCarriedOut(org.jointcare.views.testing.Carers.struggling(), "anna.lw"));

        Map<String, CommissioningFigure> northAssessed = figures(NORTH, null, "2026-03", Measure.CARERS_ASSESSED);
        shown(northAssessed.get("ELIGIBLE"), 5, null);
        suppressed(northAssessed.get("NOT_ELIGIBLE"));
        shown(figures(NORTH, null, "2026-03", Measure.CARERS_SUPPORTED).get("OWN_SUPPORT_PLAN"), 5, null);
        shown(figures(null, null, "2026-03", Measure.CARERS_ASSESSED).get("ELIGIBLE"), 10, null);
        shown(figures(SOUTH, null, "2026-03", Measure.CARERS_ASSESSED).get("ELIGIBLE"), 5, null);
        assertThat(figures(SOUTH, null, "2026-03", Measure.CARERS_SUPPORTED)).isEmpty();
        // one not eligible in all, at one practice: hidden everywhere it could be read
        suppressed(figures(null, null, "2026-03", Measure.CARERS_ASSESSED).get("NOT_ELIGIBLE"));
        view.assertRebuildsRowForRow(log, "commissioning_figure");
    }

    @Test
    void urgent_referrals_answered_within_a_day_count_against_target_with_the_minutes_they_took() {
        List<CareRecordStory> south = people(6, SOUTH, SALISBURY);
        for (int i = 0; i < south.size(); i++) {
            CareRecordStory person = south.get(i).at("2026-03-02T08:00:00Z").referred(ReferralSource.DISTRICT_NURSE,
                    new Requester("Sister Bell", Professionals.NURSING_SOUTH), Urgency.URGENT, "Carer taken ill",
                    Professionals.districtNurse(Professionals.NURSING_SOUTH));
            if (i < 5) {
                person.after(Duration.ofHours(6)).referralAccepted("anna.lw");
            } else {
                person.after(Duration.ofHours(30)).referralClosed(ReferralClosure.SIGNPOSTED, "Age UK sitting service",
                        Professionals.linkworker("anna.lw"));
            }
        }

        shown(figures(SOUTH, null, "2026-03", Measure.RESPONDED_WITHIN_TARGET).get("URGENT"), 5, 5 * 360L);
        suppressed(figures(SOUTH, null, "2026-03", Measure.RESPONDED_AFTER_TARGET).get("URGENT"));
        shown(figures(SOUTH, null, "2026-03", Measure.REFERRALS_BY_OUTCOME).get("ACCEPTED"), 5, null);
        suppressed(figures(SOUTH, null, "2026-03", Measure.REFERRALS_BY_OUTCOME).get("SIGNPOSTED"));
        shown(figures(SOUTH, null, "2026-03", Measure.REFERRALS_BY_SOURCE).get("DISTRICT_NURSE"), 6, null);
    }

    @Test
    void needs_found_in_march_are_unmet_until_april_packages_meet_some_and_spend_is_split_by_funding_stream() {
        List<CareRecordStory> south = people(5, SOUTH, SALISBURY);
        for (CareRecordStory person : south) {
            person.at("2026-03-02T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                    .after(Duration.ofDays(1)).referralAccepted("anna.lw")
                    .after(Duration.ofDays(6)).assessmentStarted()
                    .contributed(Discipline.SOCIAL_CARE)
                    .after(Duration.ofDays(1)).contributed(Discipline.DISTRICT_NURSING)
                    .at("2026-03-20T16:00:00Z").assessmentCompleted()
                    .at("2026-04-06T11:00:00Z").packageArranged(Services.homeCare(10, 2150), jointBathing(60));
        }

        // the assessment agrees personal care and skin needs
        shown(figures(SOUTH, null, "2026-03", Measure.NEEDS_FOUND).get("PERSONAL_CARE"), 5, null);
        shown(figures(SOUTH, null, "2026-03", Measure.NEEDS_FOUND).get("SKIN"), 5, null);
        shown(figures(SOUTH, null, "2026-03", Measure.ASSESSMENT_ELIGIBILITY).get("ELIGIBLE"), 5, null);
        shown(figures(SOUTH, null, "2026-03", Measure.NEEDS_UNMET).get("PERSONAL_CARE"), 5, null);
        shown(figures(SOUTH, null, "2026-03", Measure.NEEDS_UNMET).get("SKIN"), 5, null);
        assertThat(figures(SOUTH, null, "2026-03", Measure.NEEDS_MET)).isEmpty();
        assertThat(figures(SOUTH, null, "2026-03", Measure.WEEKLY_SPEND)).isEmpty();

        // the April packages meet personal care; nothing in them meets the skin need
        assertThat(figures(SOUTH, null, "2026-04", Measure.NEEDS_FOUND)).isEmpty();
        shown(figures(SOUTH, null, "2026-04", Measure.NEEDS_MET).get("PERSONAL_CARE"), 5, null);
        shown(figures(SOUTH, null, "2026-04", Measure.NEEDS_UNMET).get("SKIN"), 5, null);
        assertThat(figures(SOUTH, null, "2026-04", Measure.NEEDS_UNMET)).doesNotContainKey("PERSONAL_CARE");

        Map<String, CommissioningFigure> spend = figures(SOUTH, null, "2026-04", Measure.WEEKLY_SPEND);
        shown(spend.get("SOCIAL_CARE"), 5, 5 * 10 * 2150L);
        shown(spend.get("JOINT"), 5, 5 * 1801L);
        shown(spend.get("JOINT_HEALTH_SHARE"), 5, 5 * 1080L);          // 60% of 1801p, rounded down
        shown(spend.get("JOINT_SOCIAL_CARE_SHARE"), 5, 5 * 721L);      // the rest
        shown(spend.get("HEALTH_TOTAL"), 5, 5 * 1080L);
        shown(spend.get("SOCIAL_CARE_TOTAL"), 5, 5 * (21500L + 721L));
        shown(spend.get("PERSON_CONTRIBUTION"), 5, 5 * 1500L);
        assertThat(spend).doesNotContainKey("HEALTH");
        shown(figures(SOUTH, null, "2026-04", Measure.PACKAGES_IN_FORCE).get("ACTIVE"), 5, null);
        // the stock stands in later months without new events
        shown(figures(SOUTH, null, "2026-08", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 21500L);

        // one of the five dies in May: from then on every figure stands on four people
        south.get(0).at("2026-05-14T10:00:00Z").closed(ClosureReason.DIED);

        Map<String, CommissioningFigure> mayAfterOneDied = figures(SOUTH, null, "2026-05", Measure.WEEKLY_SPEND);
        suppressed(mayAfterOneDied.get("SOCIAL_CARE"));
        suppressed(mayAfterOneDied.get("JOINT_HEALTH_SHARE"));
        suppressed(figures(SOUTH, null, "2026-05", Measure.NEEDS_MET).get("PERSONAL_CARE"));
        suppressed(figures(SOUTH, null, "2026-05", Measure.NEEDS_UNMET).get("SKIN"));
        shown(figures(SOUTH, null, "2026-04", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 21500L);
    }

    @Test
    void a_corrected_locality_takes_the_standing_figures_along_and_leaves_past_months_where_they_were() {
        for (CareRecordStory person : people(5, SOUTH, SALISBURY)) {
            person.at("2026-03-02T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                    .after(Duration.ofDays(1)).referralAccepted("anna.lw")
                    .after(Duration.ofDays(1)).assessmentStarted()
                    .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.DISTRICT_NURSING)
                    .at("2026-03-20T16:00:00Z").assessmentCompleted()
                    .at("2026-04-06T11:00:00Z").packageArranged(Services.homeCare(10, 2150))
                    .at("2026-05-11T11:00:00Z").detailsChanged(before -> new PersonDetails(before.givenName(),
                            before.familyName(), before.dateOfBirth(), before.registeredPracticeCode(), TROWBRIDGE,
                            before.preferredLanguage(), before.interpreterNeeded(), before.communicationNeeds(),
                            before.livingSituation(), before.carers(), before.characteristics()), "Lives in Trowbridge, not Salisbury",
                            Professionals.linkworker("anna.lw"));
        }

        shown(figures(null, SALISBURY, "2026-04", Measure.PACKAGES_IN_FORCE).get("ACTIVE"), 5, null);
        assertThat(figures(null, SALISBURY, "2026-05", Measure.PACKAGES_IN_FORCE).get("ACTIVE"))
                .satisfiesAnyOf(figure -> assertThat(figure).isNull(), figure -> assertThat(figure.count()).isZero());
        shown(figures(null, TROWBRIDGE, "2026-05", Measure.PACKAGES_IN_FORCE).get("ACTIVE"), 5, null);
        shown(figures(SOUTH, null, "2026-05", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 10 * 2150L);
    }

    @Test
    void a_move_to_another_practice_takes_the_standing_figures_along_and_past_months_stay_with_the_old_practice() {
        for (CareRecordStory person : people(5, SOUTH, SALISBURY)) {
            person.at("2026-03-02T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                    .after(Duration.ofDays(1)).referralAccepted("anna.lw")
                    .after(Duration.ofDays(1)).assessmentStarted()
                    .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.DISTRICT_NURSING)
                    .at("2026-03-20T16:00:00Z").assessmentCompleted()
                    .at("2026-04-06T11:00:00Z").packageArranged(Services.homeCare(10, 2150))
                    .at("2026-05-11T11:00:00Z").movedPractice(NORTH, Professionals.linkworker("anna.lw"));
        }

        shown(figures(SOUTH, null, "2026-04", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 10 * 2150L);
        shown(figures(SOUTH, null, "2026-03", Measure.REFERRALS_BY_SOURCE).get("GP"), 5, null);
        assertThat(figures(SOUTH, null, "2026-05", Measure.PACKAGES_IN_FORCE).get("ACTIVE"))
                .satisfiesAnyOf(figure -> assertThat(figure).isNull(), figure -> assertThat(figure.count()).isZero());
        shown(figures(NORTH, null, "2026-05", Measure.PACKAGES_IN_FORCE).get("ACTIVE"), 5, null);
        assertThat(figures(NORTH, null, "2026-03", Measure.REFERRALS_BY_SOURCE)).isEmpty();
    }

    @Test
    void a_revised_package_replaces_the_spend_of_the_one_before_and_is_counted_once() {
        for (CareRecordStory person : people(5, SOUTH, SALISBURY)) {
            person.at("2026-03-02T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                    .after(Duration.ofDays(1)).referralAccepted("anna.lw")
                    .after(Duration.ofDays(1)).assessmentStarted()
                    .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.DISTRICT_NURSING)
                    .at("2026-03-20T16:00:00Z").assessmentCompleted()
                    .at("2026-04-06T11:00:00Z").packageArranged(Services.homeCare(10, 2150))
                    .at("2026-05-11T11:00:00Z").packageRevised("Evening calls needed", Services.homeCare(14, 2150));
        }

        shown(figures(SOUTH, null, "2026-04", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 10 * 2150L);
        shown(figures(SOUTH, null, "2026-05", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 14 * 2150L);
        shown(figures(SOUTH, null, "2026-05", Measure.PACKAGES_IN_FORCE).get("ACTIVE"), 5, null);
    }

    @Test
    void a_package_suspended_while_the_person_is_in_hospital_is_counted_apart_from_the_spend_being_delivered() {
        List<CareRecordStory> south = people(5, SOUTH, SALISBURY);
        for (CareRecordStory person : south) {
            person.at("2026-03-02T09:00:00Z").referredByPractice(Urgency.SOON, "Falls")
                    .after(Duration.ofDays(1)).referralAccepted("anna.lw")
                    .after(Duration.ofDays(1)).assessmentStarted()
                    .contributed(Discipline.SOCIAL_CARE).contributed(Discipline.DISTRICT_NURSING)
                    .at("2026-03-20T16:00:00Z").assessmentCompleted()
                    .at("2026-04-06T11:00:00Z").packageArranged(Services.homeCare(10, 2150))
                    .at("2026-05-11T09:00:00Z").admitted("Royal Devon and Exeter", Professionals.ROYAL_DEVON, AdmissionType.EMERGENCY)
                    .after(Duration.ofHours(2)).packageSuspended("In hospital")
                    .at("2026-06-03T11:00:00Z").discharged()
                    .after(Duration.ofHours(1)).packageResumed();
        }

        shown(figures(SOUTH, null, "2026-04", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 10 * 2150L);
        assertThat(figures(SOUTH, null, "2026-04", Measure.SUSPENDED_WEEKLY_SPEND)).isEmpty();

        // in hospital at the end of May: the spend is committed, not delivered, and never in both
        shown(figures(SOUTH, null, "2026-05", Measure.SUSPENDED_WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 10 * 2150L);
        shown(figures(SOUTH, null, "2026-05", Measure.SUSPENDED_WEEKLY_SPEND).get("PERSON_CONTRIBUTION"), 5, 5 * 1500L);
        assertThat(figures(SOUTH, null, "2026-05", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"))
                .satisfiesAnyOf(figure -> assertThat(figure).isNull(), figure -> assertThat(figure.count()).isZero());
        shown(figures(SOUTH, null, "2026-05", Measure.PACKAGES_IN_FORCE).get("SUSPENDED"), 5, null);

        // home again in June: delivered once more
        shown(figures(SOUTH, null, "2026-06", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"), 5, 5 * 10 * 2150L);
        assertThat(figures(SOUTH, null, "2026-06", Measure.SUSPENDED_WEEKLY_SPEND).get("SOCIAL_CARE"))
                .satisfiesAnyOf(figure -> assertThat(figure).isNull(), figure -> assertThat(figure.count()).isZero());

        // one of the five still in hospital in July is fewer than five: hidden
        south.get(0).at("2026-07-01T09:00:00Z").admitted("Royal Devon and Exeter", Professionals.ROYAL_DEVON, AdmissionType.EMERGENCY)
                .after(Duration.ofHours(2)).packageSuspended("In hospital");
        suppressed(figures(SOUTH, null, "2026-07", Measure.SUSPENDED_WEEKLY_SPEND).get("SOCIAL_CARE"));
        suppressed(figures(SOUTH, null, "2026-07", Measure.WEEKLY_SPEND).get("SOCIAL_CARE"));
    }

    @Test
    void the_discharge_audit_counts_pathways_delays_with_reasons_readmissions_and_gp_acknowledgement_time() {
        List<CareRecordStory> north = people(10, NORTH, TROWBRIDGE);
        for (int i = 0; i < north.size(); i++) {
            boolean late = i >= 5;
            CareRecordStory person = north.get(i)
                    .at("2026-06-01T20:00:00Z").admitted("Royal Devon and Exeter", Professionals.ROYAL_DEVON, AdmissionType.EMERGENCY)
                    .at("2026-06-02T08:00:00Z").admissionNoticeAcknowledged()
                    .at("2026-06-05T10:00:00Z").dischargePlanned(LocalDate.of(2026, 6, 10), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT)
                    .at(late ? "2026-06-13T15:00:00Z" : "2026-06-10T15:00:00Z")
                    .discharged(DischargeDestination.USUAL_RESIDENCE, late ? DelayReason.AWAITING_CARE_PACKAGE : null)
                    .after(Duration.ofHours(2)).dischargeNoticeAcknowledged();
            if (i < 5) {
                person.at("2026-07-02T11:00:00Z").admitted("Royal Devon and Exeter", Professionals.ROYAL_DEVON, AdmissionType.EMERGENCY);
            }
        }

        shown(figures(NORTH, null, "2026-06", Measure.ADMISSIONS).get("EMERGENCY"), 10, null);
        shown(figures(NORTH, null, "2026-06", Measure.DISCHARGES_BY_PATHWAY).get("PATHWAY_1_HOME_WITH_SUPPORT"), 10, null);
        shown(figures(NORTH, null, "2026-06", Measure.DISCHARGES_AGAINST_PLAN).get("ON_OR_BEFORE_PLANNED_DATE"), 5, 0L);
        shown(figures(NORTH, null, "2026-06", Measure.DISCHARGES_AGAINST_PLAN).get("LATER_THAN_PLANNED"), 5, 15L);
        shown(figures(NORTH, null, "2026-06", Measure.DISCHARGE_DELAYS).get("AWAITING_CARE_PACKAGE"), 5, 15L);
        shown(figures(NORTH, null, "2026-06", Measure.GP_ACKNOWLEDGEMENTS).get("DISCHARGE_NOTICE"), 10, 10 * 120L);
        shown(figures(NORTH, null, "2026-06", Measure.GP_ACKNOWLEDGEMENTS).get("ADMISSION_NOTICE"), 10, 10 * 720L);
        assertThat(figures(NORTH, null, "2026-06", Measure.READMISSIONS_WITHIN_30_DAYS)).isEmpty();
        shown(figures(NORTH, null, "2026-07", Measure.READMISSIONS_WITHIN_30_DAYS).get("ALL"), 5, null);
        shown(figures(NORTH, null, "2026-07", Measure.ADMISSIONS).get("EMERGENCY"), 5, null);
    }

    @Test
    void time_from_discharge_to_first_visit_and_to_follow_up_is_counted_when_done_and_suppressed_under_five() {
        List<CareRecordStory> north = people(7, NORTH, TROWBRIDGE);
        for (int i = 0; i < north.size(); i++) {
            CareRecordStory person = north.get(i)
                    .at("2026-06-01T20:00:00Z").admitted("Royal Devon and Exeter", Professionals.ROYAL_DEVON, AdmissionType.EMERGENCY)
                    .at("2026-06-05T10:00:00Z").discharged(new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress wound"),
                            new FollowUpAction(FollowUpFor.SOCIAL_CARE, "Restart home care"))
                    // corrected and acknowledged twice: still one acknowledgement timed, from the first notice
                    .after(Duration.ofHours(1)).dischargeNoticeAcknowledged()
                    .after(Duration.ofHours(1)).dischargeSummaryCorrected("Dose corrected")
                    .after(Duration.ofHours(1)).dischargeNoticeAcknowledged()
                    .at("2026-06-06T10:00:00Z").nurseVisited(Professionals.NURSING_NORTH, "Wound dressed")
                    // a second visit is not the first
                    .at("2026-06-08T10:00:00Z").nurseVisited(Professionals.NURSING_NORTH, "Healing");
            if (i < 4) {
                person.at("2026-06-07T10:00:00Z").socialCareFollowedUp("anna.lw", "Home care restarted");
            }
        }

        shown(figures(NORTH, null, "2026-06", Measure.DISCHARGE_FOLLOW_UPS).get("FIRST_NURSING_VISIT"), 7, 7 * 24 * 60L);
        suppressed(figures(NORTH, null, "2026-06", Measure.DISCHARGE_FOLLOW_UPS).get("SOCIAL_CARE_FOLLOW_UP"));
        shown(figures(NORTH, null, "2026-06", Measure.GP_ACKNOWLEDGEMENTS).get("DISCHARGE_NOTICE"), 7, 7 * 60L);

        north.get(4).at("2026-06-09T10:00:00Z").socialCareFollowedUp("anna.lw", "Managing");
        shown(figures(NORTH, null, "2026-06", Measure.DISCHARGE_FOLLOW_UPS).get("SOCIAL_CARE_FOLLOW_UP"), 5,
                4 * 48 * 60L + 96 * 60L);
    }

    @Test
    void no_table_row_and_no_answer_names_or_identifies_a_person() {
        List<CareRecordStory> everyone = people(5, SOUTH, SALISBURY);
        everyone.forEach(p -> p.at("2026-03-02T09:00:00Z").referred(ReferralSource.CARER, new Requester("Jean", null),
                Urgency.SOON, "Carer breakdown", Professionals.linkworker("anna.lw")));
        view.play(log);

        List<String> stored = view.jdbc().queryForList(
                "SELECT practice_code || '|' || locality || '|' || uk_month || '|' || measure || '|' || category FROM commissioning_figure",
                String.class);
        String answer = view.ask(new FindCommissioningFigures(null, null, YearMonth.of(2026, 3), 0, 200), CommissioningFigures.class)
                + view.ask(new FindCommissioningAreas(0, 50), CommissioningAreas.class).toString();
        for (CareRecordStory person : everyone) {
            assertThat(stored).noneMatch(row -> row.contains(person.id().toString()) || row.contains("Family"));
            assertThat(answer).doesNotContain(person.id().toString()).doesNotContain("Family");
        }
        List<String> columns = view.jdbc().query("SELECT * FROM commissioning_figure WHERE 1 = 0",
                (org.springframework.jdbc.core.ResultSetExtractor<List<String>>) rs -> {
                    List<String> names = new ArrayList<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        names.add(rs.getMetaData().getColumnName(c).toLowerCase(java.util.Locale.ROOT));
                    }
                    return names;
                });
        assertThat(columns).containsExactly("practice_code", "locality", "uk_month", "kind", "measure", "category", "people", "total");
        // registration alone counts nothing: the area's figures start with the March referrals
        assertThat(view.ask(new FindCommissioningAreas(0, 50), CommissioningAreas.class).areas())
                .containsExactly(new CommissioningArea(SOUTH, SALISBURY, YearMonth.of(2026, 3), YearMonth.of(2026, 3)));
    }

    @Test
    void figures_page_in_alphabetical_measure_then_category_order_and_a_rebuild_gives_the_same_rows() {
        List<CareRecordStory> south = people(5, SOUTH, SALISBURY);
        south.forEach(p -> p.at("2026-03-02T09:00:00Z").referredByPractice(Urgency.SOON, "Falls"));
        south.forEach(p -> p.at("2026-03-03T09:00:00Z").referred(ReferralSource.CARER, new Requester("Jean", null),
                Urgency.SOON, "Falls", Professionals.linkworker("anna.lw")));
        south.forEach(p -> p.at("2026-03-04T09:00:00Z").admitted("Royal Devon and Exeter", Professionals.ROYAL_DEVON, AdmissionType.PLANNED));
        view.play(log);

        CommissioningFigures first = view.ask(new FindCommissioningFigures(SOUTH, null, YearMonth.of(2026, 3), 0, 2), CommissioningFigures.class);
        CommissioningFigures second = view.ask(new FindCommissioningFigures(SOUTH, null, YearMonth.of(2026, 3), 1, 2), CommissioningFigures.class);
        assertThat(first.totalFigures()).isEqualTo(3);
        assertThat(first.figures()).extracting(f -> f.measure() + "/" + f.category())
                .containsExactly("ADMISSIONS/PLANNED", "REFERRALS_BY_SOURCE/CARER");
        assertThat(second.figures()).extracting(f -> f.measure() + "/" + f.category()).containsExactly("REFERRALS_BY_SOURCE/GP");

        List<String> live = view.rows("commissioning_figure", "practice_code, locality, uk_month, measure, category");
        view.reset().replay(log);
        assertThat(view.rows("commissioning_figure", "practice_code, locality, uk_month, measure, category"))
                .isEqualTo(live).isNotEmpty();
    }
}
