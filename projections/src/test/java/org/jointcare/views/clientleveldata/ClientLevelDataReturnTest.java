package org.jointcare.views.clientleveldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.carers.NamedCarer;
import org.jointcare.carerecord.referral.ReferralClosure;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.Carers;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Professionals;
import org.jointcare.views.testing.Services;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.Test;

/**
 * The council's quarter July to September 2026 (2026-Q3) told through a few people: which of their
 * referrals, assessments, services and reviews the return takes, at the quarter's edges (UK dates:
 * 23:30 UTC on 30 June is 1 July in London), with a carer on rows of their own (one person however often
 * assessed, the support arranged for them a service of theirs), a package amended mid-quarter (a row per
 * period of unchanged terms), a death in the quarter, an entry marked in error and an erased record; and
 * the return rebuilt from the events row for row.
 */
class ClientLevelDataReturnTest {

    private static final String NORTH = Professionals.PRACTICE_NORTH;
    private static final Quarter Q3 = Quarter.parse("2026-Q3");
    private static final String COUNCIL = "E06000054";

    private final EventLog log = new EventLog();
    private final ViewHarness view = new ViewHarness();

    ClientLevelDataReturnTest() {
        view.handlers(new ClientLevelDataProjection(view.jdbc()), new ClientLevelDataQueries(view.jdbc()));
    }

    private CareRecordStory person(String name) {
        return log.register(name, "Hughes", LocalDate.of(1938, 5, 4), NORTH, "Trowbridge", "2026-03-02T09:00:00Z");
    }

    private ClientLevelDataReturn theReturn() {
        view.play(log);
        return view.ask(new FindClientLevelData(COUNCIL, null, Q3), ClientLevelDataReturn.class);
    }

    private static Map<CldColumn, String> rowOf(ClientLevelDataReturn cld, String reference) {
        return cld.rows().stream().filter(row -> row.get(CldColumn.EVENT_REFERENCE).equals(reference)).findFirst().orElse(null);
    }

    private static List<String> references(ClientLevelDataReturn cld) {
        return cld.rows().stream().map(row -> row.get(CldColumn.EVENT_REFERENCE)).toList();
    }

    @Test
    void aRequestCountsInTheQuarterItWasAnsweredInByTheUkCalendar() {
        CareRecordStory june = person("June").at("2026-06-20T09:00:00Z").referredByPractice(Urgency.SOON, "Help at home")
                .at("2026-06-30T22:30:00Z").referralAccepted("anna.lw");          // 23:30 on 30 June in London
        CareRecordStory july = person("July").at("2026-06-20T09:00:00Z").referredByPractice(Urgency.SOON, "Help at home")
                .at("2026-06-30T23:30:00Z").referralAccepted("anna.lw");          // 00:30 on 1 July
        CareRecordStory september = person("Sept").at("2026-09-01T09:00:00Z")
                .referred(ReferralSource.HOSPITAL, new Requester("Ward 7", "RD1"), Urgency.URGENT, "Going home", Professionals.dischargeTeam("RD1"))
                .at("2026-09-30T22:59:00Z").referralClosed(ReferralClosure.SIGNPOSTED, "Age UK lunch club", Professionals.linkworker("anna.lw"));
        CareRecordStory october = person("Oct").at("2026-09-20T09:00:00Z").referredByPractice(Urgency.SOON, "Help at home")
                .at("2026-09-30T23:00:00Z").referralAccepted("anna.lw");          // midnight: 1 October
        CareRecordStory waiting = person("Waiting").at("2026-08-01T09:00:00Z").referredByPractice(Urgency.ROUTINE, "Help at home");

        ClientLevelDataReturn cld = theReturn();

        assertThat(references(cld)).containsExactlyInAnyOrder("REQ-" + july.referralId(), "REQ-" + september.referralId());
        Map<CldColumn, String> accepted = rowOf(cld, "REQ-" + july.referralId());
        assertThat(accepted).containsEntry(CldColumn.EVENT_TYPE, "Request")
                .containsEntry(CldColumn.EVENT_START_DATE, "2026-06-20").containsEntry(CldColumn.EVENT_END_DATE, "2026-07-01")
                .containsEntry(CldColumn.EVENT_OUTCOME, "Progress to assessment, review or reassessment")
                .containsEntry(CldColumn.REQUEST_ROUTE_OF_ACCESS, "Community or other route")
                .containsEntry(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, july.id().toString())
                .containsEntry(CldColumn.GP_PRACTICE_CODE, NORTH)
                .containsEntry(CldColumn.DATE_OF_BIRTH, "1938-05-04")
                .containsEntry(CldColumn.CLIENT_TYPE, "Service user")
                .containsEntry(CldColumn.GENDER, "Unknown")
                .containsEntry(CldColumn.ETHNICITY, "No data: Undeclared or not known")
                .containsEntry(CldColumn.LA_CODE, COUNCIL)
                .containsEntry(CldColumn.REPORTING_PERIOD_START_DATE, "2026-07-01")
                .containsEntry(CldColumn.REPORTING_PERIOD_END_DATE, "2026-09-30");
        assertThat(accepted.get(CldColumn.NHS_NUMBER)).matches("\\d{10}");
        assertThat(rowOf(cld, "REQ-" + september.referralId()))
                .containsEntry(CldColumn.EVENT_END_DATE, "2026-09-30")
                .containsEntry(CldColumn.REQUEST_ROUTE_OF_ACCESS, "Discharge from hospital")
                .containsEntry(CldColumn.EVENT_OUTCOME, "NFA: Information and advice or signposting");
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
        assertThat(june.id()).isNotNull();
        assertThat(october.id()).isNotNull();
        assertThat(waiting.id()).isNotNull();
    }

    @Test
    void anAssessmentCountsWhenCompletedInTheQuarterWithWhetherEligibleNeedsWereFound() {
        CareRecordStory last = person("Last").jointlyAssessedOn("2026-09-30", Discipline.DISTRICT_NURSING);
        CareRecordStory after = person("After").jointlyAssessedOn("2026-10-01", Discipline.GP);
        CareRecordStory before = person("Before").jointlyAssessedOn("2026-06-30", Discipline.GP);

        ClientLevelDataReturn cld = theReturn();

        assertThat(rowOf(cld, "ASM-" + last.assessmentId()))
                .containsEntry(CldColumn.EVENT_TYPE, "Assessment")
                .containsEntry(CldColumn.ASSESSMENT_TYPE, "Long term assessment")
                .containsEntry(CldColumn.ELIGIBLE_NEEDS_IDENTIFIED, "Yes")
                .containsEntry(CldColumn.EVENT_END_DATE, "2026-09-30")
                .containsEntry(CldColumn.EVENT_OUTCOME, "Progress to support planning or services");
        assertThat(references(cld)).doesNotContain("ASM-" + after.assessmentId(), "ASM-" + before.assessmentId());
        // the referral each assessment came from was accepted the same day: requests of their own quarter
        assertThat(references(cld)).contains("REQ-" + last.referralId()).doesNotContain("REQ-" + after.referralId());
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
    }

    @Test
    void aServiceCountsWhileActiveInTheQuarterAndOnlyServicesMayBeOpen() {
        CareRecordStory ongoing = person("Ongoing").jointlyAssessedOn("2026-05-04", Discipline.GP)
                .packageArranged(Services.homeCare(7, 1850), Services.districtNursing(2, 4000), Services.meals(5, 420));
        CareRecordStory endedJune = person("EndedJune").jointlyAssessedOn("2026-05-04", Discipline.GP)
                .packageArranged(Services.homeCare(7, 1850));
        UUID june = endedJune.packageId();
        endedJune.at("2026-06-30T12:00:00Z").packageEnded("Moved in with her son");
        CareRecordStory endedJuly = person("EndedJuly").jointlyAssessedOn("2026-05-04", Discipline.GP)
                .packageArranged(Services.homeCare(7, 1850));
        UUID july = endedJuly.packageId();
        endedJuly.at("2026-07-01T12:00:00Z").packageEnded("Needs met");
        CareRecordStory october = person("October").jointlyAssessedOn("2026-10-01", Discipline.GP)
                .packageArranged(Services.homeCare(7, 1850));

        ClientLevelDataReturn cld = theReturn();

        Map<CldColumn, String> homeCare = rowOf(cld, "SRV-" + ongoing.packageId() + "-1");
        assertThat(homeCare).containsEntry(CldColumn.EVENT_TYPE, "Service")
                .containsEntry(CldColumn.EVENT_START_DATE, "2026-05-04").containsEntry(CldColumn.EVENT_END_DATE, "")
                .containsEntry(CldColumn.EVENT_OUTCOME, "")
                .containsEntry(CldColumn.SERVICE_TYPE, "Long term support: Community")
                .containsEntry(CldColumn.SERVICE_COMPONENT, "Home support or domiciliary care")
                .containsEntry(CldColumn.DELIVERY_MECHANISM, "CASSR commissioned support")
                .containsEntry(CldColumn.UNIT_COST, "129.50")
                .containsEntry(CldColumn.COST_FREQUENCY_UNIT_TYPE, "Weekly")
                .containsEntry(CldColumn.PLANNED_UNITS_PER_WEEK, "1")
                .containsEntry(CldColumn.CLIENT_FUNDING_STATUS, "Joint client and social care funded");
        assertThat(rowOf(cld, "SRV-" + ongoing.packageId() + "-2")).as("district nursing is NHS care").isNull();
        assertThat(rowOf(cld, "SRV-" + ongoing.packageId() + "-3")).containsEntry(CldColumn.SERVICE_COMPONENT, "Meals")
                .containsEntry(CldColumn.UNIT_COST, "21.00");
        assertThat(rowOf(cld, "SRV-" + june + "-1")).isNull();
        assertThat(rowOf(cld, "SRV-" + july + "-1")).containsEntry(CldColumn.EVENT_END_DATE, "2026-07-01")
                .containsEntry(CldColumn.EVENT_OUTCOME, "NFA: Support ended for other reason");
        assertThat(rowOf(cld, "SRV-" + october.packageId() + "-1")).isNull();
        assertThat(cld.rows()).filteredOn(row -> row.get(CldColumn.EVENT_END_DATE).isEmpty())
                .allSatisfy(row -> assertThat(row.get(CldColumn.EVENT_TYPE)).isEqualTo("Service"));
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
    }

    @Test
    void aRevisedPackageEndsTheOldServicesTheDayBeforeAndAReviewCountsWhenCompleted() {
        CareRecordStory doris = person("Doris").jointlyAssessedOn("2026-05-04", Discipline.GP)
                .packageArranged(Services.homeCare(7, 1850));
        UUID first = doris.packageId();
        UUID juneReview = doris.reviewId();
        doris.at("2026-06-30T10:00:00Z").reviewCompleted(ReviewOutcome.CONTINUE);
        UUID julyReview = doris.reviewId();
        doris.at("2026-07-01T10:00:00Z").reviewCompleted(ReviewOutcome.CHANGE);
        doris.at("2026-08-03T10:00:00Z").packageRevised("More help in the mornings", Services.homeCare(14, 1850));

        ClientLevelDataReturn cld = theReturn();

        assertThat(rowOf(cld, "SRV-" + first + "-1")).containsEntry(CldColumn.EVENT_END_DATE, "2026-08-02")
                .containsEntry(CldColumn.EVENT_OUTCOME, "Continuation of support or services");
        assertThat(rowOf(cld, "SRV-" + doris.packageId() + "-1")).containsEntry(CldColumn.EVENT_START_DATE, "2026-08-03")
                .containsEntry(CldColumn.UNIT_COST, "259.00");
        assertThat(references(cld)).doesNotContain("REV-" + juneReview);
        assertThat(rowOf(cld, "REV-" + julyReview)).containsEntry(CldColumn.EVENT_TYPE, "Review")
                .containsEntry(CldColumn.EVENT_START_DATE, "2026-07-01").containsEntry(CldColumn.EVENT_END_DATE, "2026-07-01")
                .containsEntry(CldColumn.REVIEW_REASON, "Planned review")
                .containsEntry(CldColumn.EVENT_OUTCOME, "Progress to assessment, review or reassessment");
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
    }

    @Test
    void aCarerIsAPersonOfTheirOwnLinkedToThePersonCaredFor() {
        CareRecordStory doris = person("Doris").at("2026-07-20T09:00:00Z").carersAssessmentRequested(Carers.JEAN, Professionals.gp(NORTH))
                .at("2026-08-10T11:00:00Z").carersAssessmentCarriedOut(Carers.struggling(), "anna.lw");

        ClientLevelDataReturn cld = theReturn();

        Map<CldColumn, String> carer = rowOf(cld, "CAS-" + doris.lastCarersAssessmentId());
        assertThat(carer).containsEntry(CldColumn.CLIENT_TYPE, "Unpaid carer")
                .containsEntry(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, "CARER-" + doris.lastCarersAssessmentId())
                .containsEntry(CldColumn.ADULT_1_LINKED_PERSON_ID, doris.id().toString())
                .containsEntry(CldColumn.NO_OF_ADULTS_BEING_CARED_FOR, "1")
                .containsEntry(CldColumn.EVENT_TYPE, "Assessment")
                .containsEntry(CldColumn.ASSESSMENT_TYPE, "Unpaid carer assessment")
                .containsEntry(CldColumn.ELIGIBLE_NEEDS_IDENTIFIED, "Yes")
                .containsEntry(CldColumn.EVENT_START_DATE, "2026-07-20").containsEntry(CldColumn.EVENT_END_DATE, "2026-08-10")
                .doesNotContainKeys(CldColumn.NHS_NUMBER, CldColumn.DATE_OF_BIRTH, CldColumn.GP_PRACTICE_CODE);
        assertThat(cld.people()).isEqualTo(1);
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
    }

    @Test
    void aDeathInTheQuarterEndsTheServicesOnTheDateOfDeathAndIsOnEveryRowOfThePerson() {
        CareRecordStory doris = person("Doris").jointlyAssessedOn("2026-05-04", Discipline.GP)
                .packageArranged(Services.homeCare(7, 1850))
                .at("2026-08-10T09:00:00Z").referredByPractice(Urgency.SOON, "Falls");
        UUID homeCare = doris.packageId();
        doris.at("2026-08-16T09:00:00Z").died(LocalDate.of(2026, 8, 15));

        ClientLevelDataReturn cld = theReturn();

        assertThat(rowOf(cld, "SRV-" + homeCare + "-1")).containsEntry(CldColumn.EVENT_END_DATE, "2026-08-15")
                .containsEntry(CldColumn.EVENT_OUTCOME, "NFA: Deceased");
        // withdrawn when the death was recorded, the day after: it ends on the date of death
        assertThat(rowOf(cld, "REQ-" + doris.referralId())).containsEntry(CldColumn.EVENT_OUTCOME, "NFA: Deceased")
                .containsEntry(CldColumn.EVENT_END_DATE, "2026-08-15");
        assertThat(cld.rows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(CldColumn.DATE_OF_DEATH)).isEqualTo("2026-08-15"));
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
    }

    @Test
    void anEntryInErrorAndAnErasedRecordLeaveTheReturn() {
        CareRecordStory mistaken = person("Mistaken").at("2026-07-02T09:00:00Z").referredByPractice(Urgency.SOON, "Wrong person")
                .at("2026-07-03T09:00:00Z").referralAccepted("anna.lw");
        CareRecordStory erased = person("Erased").at("2026-07-02T09:00:00Z").referredByPractice(Urgency.SOON, "Help")
                .at("2026-07-03T09:00:00Z").referralAccepted("anna.lw");
        assertThat(theReturn().rows()).hasSize(2);

        mistaken.at("2026-07-04T09:00:00Z").referralMarkedInError("Recorded on the wrong person");
        erased.at("2026-07-05T09:00:00Z").erased();

        assertThat(theReturn().rows()).isEmpty();
        assertThat(view.count("cld_record_state")).isEqualTo(1);
    }

    @Test
    void aCarerAssessedTwiceIsOnePersonKnownByNoNameAndAnotherCarerIsAnother() {
        CareRecordStory doris = person("Doris").at("2026-04-20T09:00:00Z").carersAssessmentRequested(Carers.JEAN, Professionals.gp(NORTH))
                .at("2026-05-10T11:00:00Z").carersAssessmentCarriedOut(Carers.coping(), "anna.lw");
        UUID first = doris.lastCarersAssessmentId();
        doris.at("2026-07-20T09:00:00Z").carersAssessmentRequested(
                        new NamedCarer("  jean HUGHES ", "daughter", "01392 000000"), Professionals.gp(NORTH))
                .at("2026-08-10T11:00:00Z").carersAssessmentCarriedOut(Carers.struggling(), "anna.lw");
        UUID again = doris.lastCarersAssessmentId();
        doris.at("2026-08-11T09:00:00Z").carersAssessmentRequested(new NamedCarer("Tom Hughes", "son", "01392 000001"),
                        Professionals.gp(NORTH))
                .at("2026-08-12T11:00:00Z").carersAssessmentCarriedOut(Carers.coping(), "anna.lw");
        UUID tom = doris.lastCarersAssessmentId();

        ClientLevelDataReturn cld = theReturn();

        assertThat(references(cld)).containsExactlyInAnyOrder("CAS-" + again, "CAS-" + tom);
        assertThat(rowOf(cld, "CAS-" + again)).as("the id her first assessment, in the quarter before, gave her")
                .containsEntry(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, "CARER-" + first)
                .containsEntry(CldColumn.ADULT_1_LINKED_PERSON_ID, doris.id().toString());
        assertThat(rowOf(cld, "CAS-" + tom)).containsEntry(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, "CARER-" + tom);
        assertThat(cld.people()).isEqualTo(2);
        assertThat(cld.csv()).doesNotContainIgnoringCase("jean").doesNotContainIgnoringCase("hughes");
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
    }

    @Test
    void aCarersSupportIsAServiceOnTheCarersOwnRowsLinkedToThePersonCaredForWhileActiveInTheQuarter() {
        CareRecordStory doris = person("Doris").jointlyAssessedOn("2026-05-04", Discipline.GP)
                .packageArranged(Services.homeCare(7, 1850), Services.meals(5, 420))
                .at("2026-05-20T09:00:00Z").carersAssessmentRequested(Carers.JEAN, Professionals.gp(NORTH))
                .at("2026-06-01T11:00:00Z").carersAssessmentCarriedOut(Carers.struggling(), "anna.lw")
                .at("2026-06-02T11:00:00Z").carerSupported(ServiceType.HOME_CARE, null, "anna.lw");
        UUID sitting = doris.lastCarersAssessmentId();
        // the package ends on the quarter's first day: the support that was part of it ends with it
        doris.at("2026-07-01T10:00:00Z").packageEnded("Needs met");
        CareRecordStory edna = person("Edna").at("2026-09-01T09:00:00Z").carersAssessmentRequested(Carers.JEAN, Professionals.gp(NORTH))
                .at("2026-09-29T11:00:00Z").carersAssessmentCarriedOut(Carers.struggling(), "anna.lw")
                .at("2026-09-30T11:00:00Z").carerSupported(null, "A break every Tuesday at the carers' centre", "anna.lw");
        UUID ownPlan = edna.lastCarersAssessmentId();
        CareRecordStory october = person("Ivy").at("2026-09-01T09:00:00Z").carersAssessmentRequested(Carers.JEAN, Professionals.gp(NORTH))
                .at("2026-09-29T11:00:00Z").carersAssessmentCarriedOut(Carers.struggling(), "anna.lw")
                .at("2026-10-01T11:00:00Z").carerSupported(null, "Carers' centre", "anna.lw");

        ClientLevelDataReturn cld = theReturn();

        assertThat(rowOf(cld, "CSU-" + sitting)).containsEntry(CldColumn.EVENT_TYPE, "Service")
                .containsEntry(CldColumn.CLIENT_TYPE, "Unpaid carer")
                .containsEntry(CldColumn.LA_PERSON_UNIQUE_IDENTIFIER, "CARER-" + sitting)
                .containsEntry(CldColumn.ADULT_1_LINKED_PERSON_ID, doris.id().toString())
                .containsEntry(CldColumn.SERVICE_TYPE, "Unpaid carer support: Support involving the person cared-for")
                .containsEntry(CldColumn.SERVICE_COMPONENT, "Home support or domiciliary care")
                .containsEntry(CldColumn.EVENT_START_DATE, "2026-06-02").containsEntry(CldColumn.EVENT_END_DATE, "2026-07-01")
                .containsEntry(CldColumn.EVENT_OUTCOME, "NFA: Support ended for other reason")
                .containsEntry(CldColumn.UNIT_COST, "0.00")
                .doesNotContainKeys(CldColumn.NHS_NUMBER, CldColumn.DATE_OF_BIRTH);
        assertThat(rowOf(cld, "CSU-" + ownPlan)).containsEntry(CldColumn.SERVICE_TYPE, "Unpaid carer support: Direct to unpaid carer")
                .containsEntry(CldColumn.ADULT_1_LINKED_PERSON_ID, edna.id().toString())
                .containsEntry(CldColumn.EVENT_START_DATE, "2026-09-30").containsEntry(CldColumn.EVENT_END_DATE, "")
                .containsEntry(CldColumn.EVENT_OUTCOME, "")
                .containsEntry(CldColumn.EVENT_DESCRIPTION, "Carer's own support plan");
        assertThat(references(cld)).doesNotContain("CSU-" + october.lastCarersAssessmentId());
        assertThat(cld.csv()).doesNotContain("Tuesday");
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
    }

    @Test
    void aCarersSupportEndsOnTheDateThePersonCaredForDied() {
        CareRecordStory doris = person("Doris").at("2026-07-02T09:00:00Z").carersAssessmentRequested(Carers.JEAN, Professionals.gp(NORTH))
                .at("2026-07-06T11:00:00Z").carersAssessmentCarriedOut(Carers.struggling(), "anna.lw")
                .carerSupported(null, "Carers' centre", "anna.lw")
                .at("2026-08-16T09:00:00Z").died(LocalDate.of(2026, 8, 15));

        ClientLevelDataReturn cld = theReturn();

        assertThat(rowOf(cld, "CSU-" + doris.lastCarersAssessmentId())).containsEntry(CldColumn.EVENT_START_DATE, "2026-07-06")
                .containsEntry(CldColumn.EVENT_END_DATE, "2026-08-15")
                .containsEntry(CldColumn.EVENT_OUTCOME, "NFA: Support ended for other reason")
                .as("the carer did not die").doesNotContainKeys(CldColumn.DATE_OF_DEATH);
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
    }

    @Test
    void anAmendmentMidQuarterEndsTheChangedServiceTheDayBeforeAndStartsItAgainAtItsNewCost() {
        CareRecordStory doris = person("Doris").jointlyAssessedOn("2026-05-04", Discipline.GP)
                .packageArranged(Services.homeCare(7, 1850), Services.meals(5, 420), Services.homeCare(1, 2000))
                .at("2026-08-10T10:00:00Z").packageAmended("Two visits a day", Services.homeCare(14, 1850), Services.meals(5, 420));
        UUID carePackage = doris.packageId();

        ClientLevelDataReturn cld = theReturn();

        assertThat(rowOf(cld, "SRV-" + carePackage + "-1")).as("the home care as arranged, to the day before the change")
                .containsEntry(CldColumn.EVENT_START_DATE, "2026-05-04").containsEntry(CldColumn.EVENT_END_DATE, "2026-08-09")
                .containsEntry(CldColumn.UNIT_COST, "129.50")
                .containsEntry(CldColumn.EVENT_OUTCOME, "Continuation of support or services");
        assertThat(rowOf(cld, "SRV-" + carePackage + "-A1-1")).as("the home care as amended, from the change")
                .containsEntry(CldColumn.EVENT_START_DATE, "2026-08-10").containsEntry(CldColumn.EVENT_END_DATE, "")
                .containsEntry(CldColumn.UNIT_COST, "259.00")
                .containsEntry(CldColumn.SERVICE_COMPONENT, "Home support or domiciliary care");
        assertThat(rowOf(cld, "SRV-" + carePackage + "-2")).as("the meals, unchanged: one row")
                .containsEntry(CldColumn.EVENT_START_DATE, "2026-05-04").containsEntry(CldColumn.EVENT_END_DATE, "")
                .containsEntry(CldColumn.UNIT_COST, "21.00");
        assertThat(rowOf(cld, "SRV-" + carePackage + "-3")).as("the weekly visit the amendment took out")
                .containsEntry(CldColumn.EVENT_END_DATE, "2026-08-09")
                .containsEntry(CldColumn.EVENT_OUTCOME, "NFA: Support ended as planned");
        assertThat(references(cld)).filteredOn(reference -> reference.startsWith("SRV-")).hasSize(4);
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
    }

    @Test
    void anAmendmentFromTheFirstDayOfThePackageReplacesItsTermsAndAnAmendmentAfterItEndedNeverTookEffect() {
        CareRecordStory doris = person("Doris").jointlyAssessedOn("2026-07-06", Discipline.GP)
                .packageArranged(Services.homeCare(7, 1850))
                .packageAmended("Agreed the same day: fewer visits", Services.homeCare(5, 1850));
        UUID carePackage = doris.packageId();

        ClientLevelDataReturn cld = theReturn();

        assertThat(rowOf(cld, "SRV-" + carePackage + "-1")).as("never in force").isNull();
        assertThat(rowOf(cld, "SRV-" + carePackage + "-A1-1")).containsEntry(CldColumn.EVENT_START_DATE, "2026-07-06")
                .containsEntry(CldColumn.UNIT_COST, "92.50");
        assertThat(cld.valid()).as("%s", cld.errors()).isTrue();
    }

    @Test
    void aRebuildGivesTheSameRows() {
        person("Doris").jointlyAssessedOn("2026-05-04", Discipline.GP).packageArranged(Services.homeCare(7, 1850), Services.meals(5, 420))
                .at("2026-06-20T09:00:00Z").carersAssessmentRequested(Carers.JEAN, Professionals.gp(NORTH))
                .at("2026-06-22T11:00:00Z").carersAssessmentCarriedOut(Carers.struggling(), "anna.lw")
                .carerSupported(ServiceType.MEALS, null, "anna.lw")
                .at("2026-07-14T10:00:00Z").packageAmended("Weekend visits", Services.homeCare(9, 1850), Services.meals(5, 420))
                .at("2026-07-20T09:00:00Z").carersAssessmentRequested(Carers.JEAN, Professionals.gp(NORTH))
                .at("2026-08-10T11:00:00Z").carersAssessmentCarriedOut(Carers.coping(), "anna.lw")
                .carerSupported(null, "Carers' centre", "anna.lw")
                .at("2026-08-16T09:00:00Z").died(LocalDate.of(2026, 8, 15));
        person("Eve").at("2026-07-02T09:00:00Z").referredByPractice(Urgency.SOON, "Help")
                .at("2026-07-03T09:00:00Z").referralClosed(ReferralClosure.DECLINED, "Family cope", Professionals.linkworker("anna.lw"));

        view.assertRebuildsRowForRow(log, "cld_row", "cld_record_state");
    }

    @Test
    void theFileHasTheSpecificationsHeadingsInOrderAndOneLinePerRow() {
        person("Doris").jointlyAssessedOn("2026-07-06", Discipline.GP);

        String csv = theReturn().csv();

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("LA_Code,Reporting_Period_End_Date,Reporting_Period_Start_Date,NHS_Number,"
                + "LA_Person_Unique_Identifier,GP_Practice_Code,Gender,Ethnicity,Date_of_Birth,Date_of_Death,Client_Type,")
                .endsWith(",Unit_Cost,Cost_Frequency_Unit_Type,Planned_units_per_week");
        assertThat(lines).hasSize(3);
        // values with a comma are quoted
        assertThat(csv).contains(",\"Progress to assessment, review or reassessment\",");
        assertThat(lines[1].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).hasSize(CldColumn.values().length);
    }
}
