package org.jointcare.views.ownrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargeDestination;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.registration.AccommodationStatus;
import org.jointcare.carerecord.registration.Characteristics;
import org.jointcare.carerecord.registration.Ethnicity;
import org.jointcare.carerecord.registration.Gender;
import org.jointcare.carerecord.referral.Requester;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Professionals;
import org.jointcare.views.testing.Services;
import org.jointcare.testsupport.TestClock;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mrs Evans, and her daughter for her, read what is held about her: in plain words, no codes. */
class MrsEvansReadsHerOwnRecordTest {

    private final EventLog log = new EventLog();
    private final ViewHarness view = new ViewHarness();
    private final TestClock clock = TestClock.at("2026-03-20T12:00:00Z");
    private CareRecordStory evans;


    @BeforeEach
    void herStorySoFar() {
        view.handlers(new OwnRecordProjection(view.jdbc()), new OwnRecordQueries(view.jdbc(), clock));
        evans = log.register("Mary", "Evans", LocalDate.of(1938, 5, 14), Professionals.PRACTICE_NORTH, "Trowbridge", "2026-03-02T09:00:00Z");
        CareRecordStory hughes = log.register("Peter", "Hughes", LocalDate.of(1941, 2, 2), Professionals.PRACTICE_NORTH, "Trowbridge",
                "2026-03-02T10:00:00Z");
        evans.at("2026-03-02T09:10:00Z").consent(ConsentDecision.AGREED_WITH_LIMITS, "not with the housing department",
                        Professionals.linkworker("anna.lw"))
                .at("2026-03-03T10:00:00Z").referredByPractice(Urgency.SOON, "Falls at home; daughter exhausted");
        hughes.at("2026-03-03T11:00:00Z").referred(ReferralSource.SELF, new Requester("Peter Hughes", null), Urgency.ROUTINE,
                "Lonely since his wife died", Professionals.linkworker("anna.lw"));
        evans.at("2026-03-05T14:00:00Z").referralAccepted("anna.lw")
                .at("2026-03-09T10:00:00Z").assessmentStarted()
                .at("2026-03-09T11:00:00Z").contributed(Discipline.SOCIAL_CARE)
                .at("2026-03-10T11:00:00Z").contributed(Discipline.DISTRICT_NURSING)
                .at("2026-03-12T15:00:00Z").assessmentCompleted()
                .at("2026-03-16T09:00:00Z").packageArranged(Services.homeCare(10, 2150), Services.districtNursing(2, 4500));
    }

    private OwnRecord read(int page, int size) {
        view.play(log);
        return view.ask(new FindOwnRecord(evans.id(), page, size, true), OwnRecord.class);
    }

    private OwnRecord read() {
        return read(0, 50);
    }

    @Test
    void she_reads_her_details_as_they_now_stand_and_that_they_were_updated() {
        evans.at("2026-03-18T10:00:00Z").nowLivingAlone(Professionals.linkworker("anna.lw"));
        OwnRecord record = read();

        assertThat(record.aboutYou()).contains("Pat Neighbour").doesNotContain("Jean Evans");
        assertThat(record.whatHasHappened()).extracting(OwnRecordEntry::text)
                .contains("Your details were updated: Daughter moved away.");
    }

    @Test
    void she_reads_the_characteristics_recorded_for_the_national_figures_and_nothing_of_those_not_recorded() {
        evans.at("2026-03-18T10:00:00Z").detailsChanged(before -> before.with(new Characteristics(Gender.FEMALE,
                Ethnicity.WHITE_IRISH, null, AccommodationStatus.OWNER_OCCUPIER, null)), "Asked at the first visit",
                Professionals.linkworker("anna.lw"));

        assertThat(read().aboutYou()).contains("For the national social care figures we have recorded your gender as female,"
                        + " your ethnic group as White: Irish, your accommodation as owner occupier")
                .doesNotContain("employment", "main reason");
    }

    @Test
    void she_reads_who_referred_her_when_and_why() {
        OwnRecord record = read();

        assertThat(record.name()).isEqualTo("Mary Evans");
        assertThat(record.whatHasHappened()).extracting(OwnRecordEntry::text).contains(
                "You were referred by your GP on 3 March 2026 because: Falls at home; daughter exhausted."
                        + " It was marked needing a reply soon, so we aimed to respond within a week.",
                "Your referral of 3 March 2026 from your GP was accepted, and a linkworker will work with you.");
    }

    @Test
    void she_reads_her_needs_her_package_its_cost_and_her_contribution() {
        OwnRecord record = read();

        assertThat(record.whatHasHappened()).extracting(OwnRecordEntry::text).anySatisfy(text -> assertThat(text)
                .contains("We agreed that you need help with washing, dressing and personal care (a lot of help),"
                        + " looking after your skin (a lot of help).")
                .contains("You told us: \"Wants to stay at home with her cat\".")
                .contains("For your carer we noted: Daughter needs a break each month.")
                .contains("You are eligible for care and support."));
        assertThat(record.yourCareNow()).anySatisfy(line -> assertThat(line)
                .startsWith("Your care package, since 16 March 2026: ")
                .contains("home care from Caring Hands Ltd, 10 times a week (£215.00 a week, paid for by social services),"
                        + " to help with washing, dressing and personal care")
                .contains("visits from a district nurse from Community Nursing, twice a week (£90.00 a week, paid for by the NHS),"
                        + " to help with looking after your skin and taking your medicines")
                .contains("In all it costs £305.00 a week, of which you pay £15.00 a week"));
        assertThat(record.yourCareNow()).contains(
                "You agreed that the people who care for you may share your record, with these limits: not with the housing department.");
        assertThat(record.aboutYou()).startsWith("We have you down as Mary Evans, born on 14 May 1938, living in Trowbridge")
                .contains("Your carer is Jean Evans (your daughter)");
    }

    @Test
    void a_revised_package_is_told_as_replacing_the_one_before_and_only_the_new_one_is_her_care_now() {
        evans.at("2026-03-18T10:00:00Z").packageRevised("you need help in the evenings too", Services.homeCare(14, 2150));
        OwnRecord record = read();

        assertThat(record.whatHasHappened()).extracting(OwnRecordEntry::text).anySatisfy(text -> assertThat(text)
                .startsWith("Your care package was replaced by a new one because you need help in the evenings too.")
                .contains("The new one starts on 18 March 2026"));
        assertThat(record.yourCareNow()).filteredOn(line -> line.startsWith("Your care package"))
                .singleElement().satisfies(line -> assertThat(line).startsWith("Your care package, since 18 March 2026: ")
                        .doesNotContain("district nurse"));
    }

    @Test
    void her_review_is_upcoming_until_its_date_passes_and_then_it_is_overdue() {
        clock.set("2026-04-01T12:00:00Z");
        assertThat(read().yourCareNow()).contains("Your care will be reviewed with you between 27 April 2026 and 11 May 2026.");

        clock.set("2026-05-12T12:00:00Z");
        assertThat(read().yourCareNow()).anySatisfy(line -> assertThat(line)
                .startsWith("Your care was due to be reviewed by 11 May 2026 and this has not happened yet."));
    }

    @Test
    void a_hospital_stay_pauses_her_care_and_is_told_with_the_delay_and_her_new_medicine() {
        evans.at("2026-04-20T21:10:00Z").admitted("Royal Devon and Exeter", Professionals.ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-04-22T09:00:00Z").dischargePlanned(LocalDate.of(2026, 4, 24), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT);

        OwnRecord inHospital = read();
        assertThat(inHospital.yourCareNow()).anySatisfy(line -> assertThat(line)
                .startsWith("You are in Royal Devon and Exeter (Ward ").endsWith(
                        " since 20 April 2026. The hospital plans for you to leave on 24 April 2026."));
        assertThat(inHospital.yourCareNow()).anySatisfy(line -> assertThat(line).endsWith("It is paused at the moment."));
        assertThat(inHospital.whatHasHappened().get(0).text()).isEqualTo(
                "The hospital planned for you to leave on 24 April 2026, once this is ready: Package of care restarted.");

        evans.at("2026-04-27T15:00:00Z").discharged(DischargeDestination.USUAL_RESIDENCE, DelayReason.AWAITING_CARE_PACKAGE,
                        new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Visit within 48 hours to check the pressure areas"))
                .at("2026-04-28T08:00:00Z").packageResumed()
                .at("2026-05-05T14:00:00Z").reviewCompleted(ReviewOutcome.CONTINUE);
        clock.set("2026-05-06T12:00:00Z");

        OwnRecord home = read();
        assertThat(home.yourCareNow()).noneMatch(line -> line.startsWith("You are in"));
        assertThat(home.yourCareNow()).noneMatch(line -> line.contains("paused"));
        assertThat(home.whatHasHappened().get(0).text()).isEqualTo("Your care will be reviewed with you between 7 April 2027 and 5 May 2027.");
        assertThat(home.whatHasHappened().get(1).text()).startsWith("Your care was reviewed with you on 5 May 2026. Your needs were being met.")
                .endsWith("Your care carries on as it is.");
        assertThat(home.whatHasHappened()).extracting(OwnRecordEntry::text).anySatisfy(text -> assertThat(text)
                .startsWith("You left hospital on 27 April 2026 and went home. This was 3 days later than planned,"
                        + " because your care at home was not yet ready.")
                .doesNotContain("Amoxicillin")
                .contains("Your district nurse will: Visit within 48 hours to check the pressure areas.")
                .contains("You were given: Leaflet on falls prevention given to daughter."));
        // her medicines are a line of their own, marked clinical
        assertThat(home.whatHasHappened()).filteredOn(OwnRecordEntry::clinical).singleElement().satisfies(line -> {
            assertThat(line.heading()).isEqualTo("Your medicines");
            assertThat(line.text()).isEqualTo("When you left hospital on 27 April 2026: you started taking Amoxicillin"
                    + " (500mg three times a day for 5 days); a change to Furosemide (Reduced to 20mg daily).");
        });
        assertThat(home.whatHasHappened()).filteredOn(line -> !line.clinical()).noneMatch(line -> line.text().contains("Furosemide"));

        // read for someone not entitled to clinical detail, the line is not there, nor counted
        OwnRecord withoutClinical = view.ask(new FindOwnRecord(evans.id(), 0, 50, false), OwnRecord.class);
        assertThat(withoutClinical.whatHasHappened()).noneMatch(OwnRecordEntry::clinical)
                .hasSize(home.whatHasHappened().size() - 1);
        assertThat(withoutClinical.totalEntries()).isEqualTo(home.totalEntries() - 1);
        assertThat(withoutClinical.toString()).doesNotContain("Amoxicillin", "Furosemide");
    }

    @Test
    void she_reads_that_the_hospital_corrected_its_letter_that_her_nurse_came_and_her_linkworker_checked_on_her() {
        evans.at("2026-04-20T22:00:00Z").admitted("Royal United Hospital", Professionals.ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-04-27T15:00:00Z").discharged(new FollowUpAction(FollowUpFor.DISTRICT_NURSE, "Dress her heel"))
                .at("2026-04-28T10:00:00Z").dischargeSummaryCorrected("Amoxicillin dose was mistyped",
                        new org.jointcare.carerecord.hospital.MedicationChange("Amoxicillin",
                                org.jointcare.carerecord.hospital.MedicationChangeKind.STARTED, "250mg three times a day"))
                .at("2026-04-29T10:00:00Z").nurseVisited(Professionals.NURSING_NORTH, "Heel dressed; healing")
                .at("2026-04-30T10:00:00Z").socialCareFollowedUp("anna.lw", "Home care restarted and going well.");
        OwnRecord record = read();

        assertThat(record.whatHasHappened()).filteredOn(line -> !line.clinical()).extracting(OwnRecordEntry::text).contains(
                "The hospital corrected its letter about your stay and sent the corrected letter to your GP practice."
                        + " Your district nurse will: Dress her heel.",
                "A district nurse visited you on 29 April 2026 after you came home from hospital.",
                "Your linkworker checked how you were managing after hospital on 30 April 2026: Home care restarted and going well.");
        assertThat(record.whatHasHappened()).filteredOn(OwnRecordEntry::clinical).extracting(OwnRecordEntry::text).contains(
                "What the hospital corrected in its letter: Amoxicillin dose was mistyped",
                "As the hospital corrected it: when you left hospital on 27 April 2026: you started taking Amoxicillin"
                        + " (250mg three times a day).",
                "What the nurse noted on 29 April 2026: Heel dressed; healing");
        OwnRecord withoutClinical = view.ask(new FindOwnRecord(evans.id(), 0, 50, false), OwnRecord.class);
        assertThat(withoutClinical.toString()).doesNotContain("mistyped", "Heel dressed", "250mg");
    }

    @Test
    void nothing_she_reads_is_a_code_an_identifier_or_someone_else() {
        OwnRecord record = read();
        List<String> everything = new ArrayList<>(record.yourCareNow());
        everything.add(record.aboutYou());
        record.whatHasHappened().forEach(entry -> everything.add(entry.heading() + " " + entry.text()));

        assertThat(everything).allSatisfy(text -> assertThat(text)
                .doesNotContainPattern("[A-Z]{2,}_[A-Z]")
                .doesNotContain(Professionals.PRACTICE_NORTH)
                .doesNotContain("anna.lw")
                .doesNotContain(evans.referralId().toString())
                .doesNotContain("Hughes")
                .doesNotContain("Lonely"));
        assertThat(record.aboutYou()).containsPattern("Your NHS number is \\d{3} \\d{3} \\d{4}\\.");
    }

    @Test
    void what_has_happened_pages_newest_first_and_no_one_else_is_found() {
        OwnRecord first = read(0, 3);
        OwnRecord second = read(1, 3);

        assertThat(first.totalEntries()).isEqualTo(log.messages().stream()
                .filter(m -> m.getAggregateIdentifier().equals(evans.id().toString())).count());
        assertThat(first.whatHasHappened()).extracting(OwnRecordEntry::heading).containsExactly("Review", "Your care", "Assessment");
        assertThat(second.whatHasHappened().get(0).text()).startsWith("Your district nurse added their part");
        assertThat(view.ask(new FindOwnRecord(UUID.randomUUID(), 0, 3, true), OwnRecord.class)).isNull();
    }

    @Test
    void a_long_reason_and_a_long_name_are_kept_whole_in_her_record_and_its_history() {
        String reason = "Falls at home. ".repeat(2_000).trim();
        String family = "Evans-" + "Llewellyn".repeat(100);
        CareRecordStory longer = log.register("Mary", family, LocalDate.of(1938, 5, 14), Professionals.PRACTICE_NORTH,
                        "Trowbridge " + "Upper ".repeat(50), "2026-03-02T09:00:00Z")
                .at("2026-03-03T10:00:00Z").referredByPractice(Urgency.SOON, reason);
        org.jointcare.views.recordhistory.RecordHistoryProjection history =
                new org.jointcare.views.recordhistory.RecordHistoryProjection(view.jdbc());
        org.jointcare.views.commissioning.CommissioningProjection commissioning =
                new org.jointcare.views.commissioning.CommissioningProjection(view.jdbc());
        org.jointcare.views.recordhistory.RecordHistoryQueries historyQueries =
                new org.jointcare.views.recordhistory.RecordHistoryQueries(view.jdbc());
        view.handlers(history, commissioning);
        view.play(log);

        OwnRecord record = view.ask(new FindOwnRecord(longer.id(), 0, 10, true), OwnRecord.class);
        assertThat(record.name()).isEqualTo("Mary " + family);
        assertThat(record.whatHasHappened().get(0).text()).contains(reason);
        assertThat(historyQueries.handle(new org.jointcare.views.recordhistory.FindRecordHistory(longer.id(), 0, 10)).entries())
                .anySatisfy(entry -> assertThat(entry.what()).contains(reason));
    }

    @Test
    void rebuilding_her_record_gives_the_same_rows() {
        read();
        List<String> entries = view.rows("own_record_entry", "care_record_id, sequence_number, line_no");
        List<String> standing = view.rows("own_record", "care_record_id");

        view.reset().replay(log);

        assertThat(view.rows("own_record_entry", "care_record_id, sequence_number, line_no")).isEqualTo(entries).isNotEmpty();
        assertThat(view.rows("own_record", "care_record_id")).isEqualTo(standing).hasSize(2);
    }
}
