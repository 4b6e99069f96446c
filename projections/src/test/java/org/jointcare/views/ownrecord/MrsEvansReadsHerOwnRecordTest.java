package org.jointcare.views.ownrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.views.journeys.Journey.on;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.NeedDomain;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DelayReason;
import org.jointcare.carerecord.hospital.DischargePathway;
import org.jointcare.carerecord.referral.ReferralSource;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.carerecord.review.ReviewOutcome;
import org.jointcare.views.journeys.Journey;
import org.jointcare.views.journeys.ViewTestbed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mrs Evans, and her husband for her, read what is held about her: in plain words, no codes. */
class MrsEvansReadsHerOwnRecordTest {

    private final ViewTestbed testbed = new ViewTestbed();
    private final Journey evans = new Journey("Mary", "Evans", Journey.PRACTICE_NORTH, Journey.LOCALITY_NORTH);
    private final Journey neighbour = new Journey("Peter", "Hughes", Journey.PRACTICE_NORTH, Journey.LOCALITY_NORTH);
    private final UUID referral = UUID.randomUUID();
    private final UUID assessment = UUID.randomUUID();
    private final UUID admission = UUID.randomUUID();

    private OwnRecordProjection viewOn(String isoDate) {
        Clock clock = Clock.fixed(on(isoDate, "12:00"), ZoneOffset.UTC);
        return new OwnRecordProjection(testbed.jdbc(), testbed, clock);
    }

    @BeforeEach
    void herStorySoFar() {
        testbed.handledBy(viewOn("2026-03-01"));
        testbed.record(evans.registered(on("2026-03-02", "09:00")));
        testbed.record(neighbour.registered(on("2026-03-02", "10:00")));
        testbed.record(evans.consent(ConsentDecision.AGREED_WITH_LIMITS, "not with the housing department", on("2026-03-02", "09:10")));
        testbed.record(evans.referred(referral, ReferralSource.GP, Urgency.SOON, "Falls at home; husband exhausted", on("2026-03-03", "10:00")));
        testbed.record(neighbour.referred(UUID.randomUUID(), ReferralSource.SELF, Urgency.ROUTINE, "Lonely since his wife died", on("2026-03-03", "11:00")));
        testbed.record(evans.accepted(referral, on("2026-03-05", "14:00")));
        testbed.record(evans.assessmentStarted(assessment, referral, on("2026-03-09", "10:00")));
        testbed.record(evans.contributed(assessment, Discipline.SOCIAL_CARE, on("2026-03-09", "11:00"), NeedDomain.PERSONAL_CARE));
        testbed.record(evans.contributed(assessment, Discipline.DISTRICT_NURSING, on("2026-03-10", "11:00"), NeedDomain.SKIN));
        testbed.record(evans.assessmentCompleted(assessment, on("2026-03-12", "15:00"), NeedDomain.PERSONAL_CARE, NeedDomain.SKIN));
        testbed.record(evans.packageArranged(UUID.randomUUID(), assessment, LocalDate.of(2026, 3, 16),
                Journey.terms(1500, Journey.homeCare(10, NeedDomain.PERSONAL_CARE), Journey.districtNursing(2, NeedDomain.SKIN)),
                on("2026-03-13", "09:00")));
    }

    private OwnRecord read(OwnRecordProjection view) {
        return view.handle(new FindOwnRecord(evans.id, 0, 50)).orElseThrow();
    }

    @Test
    void she_reads_who_referred_her_when_and_why() {
        OwnRecord record = read(viewOn("2026-03-20"));

        assertThat(record.name()).isEqualTo("Mary Evans");
        assertThat(record.whatHasHappened()).extracting(OwnRecordEntry::text).contains(
                "You were referred by your GP on 3 March 2026 because: Falls at home; husband exhausted."
                        + " It was marked needing a reply soon, so we aimed to respond within a week.",
                "Your referral of 3 March 2026 from your GP was accepted, and a linkworker will work with you.");
    }

    @Test
    void she_reads_her_needs_her_package_its_cost_and_her_contribution() {
        OwnRecord record = read(viewOn("2026-03-20"));

        assertThat(record.whatHasHappened()).extracting(OwnRecordEntry::text).anySatisfy(text -> assertThat(text)
                .contains("We agreed that you need help with washing, dressing and personal care (a lot of help), looking after your skin (a lot of help)")
                .contains("You told us: \"I want to stay in my own home\"")
                .contains("You are eligible for care and support."));
        assertThat(record.yourCareNow()).anySatisfy(line -> assertThat(line)
                .startsWith("Your care package, since 16 March 2026: ")
                .contains("home care from Kind Hands Ltd, 10 times a week (£215.00 a week, paid for by social services), to help with washing, dressing and personal care")
                .contains("visits from a district nurse from North Wilts Community Nursing, twice a week (£90.00 a week, paid for by the NHS)")
                .contains("In all it costs £305.00 a week, of which you pay £15.00 a week"));
        assertThat(record.yourCareNow()).contains(
                "You agreed that the people who care for you may share your record, with these limits: not with the housing department.");
    }

    @Test
    void her_review_is_upcoming_until_its_date_passes_and_then_it_is_overdue() {
        assertThat(read(viewOn("2026-04-01")).yourCareNow())
                .contains("Your care will be reviewed with you between 27 April 2026 and 11 May 2026.");
        assertThat(read(viewOn("2026-05-12")).yourCareNow()).anySatisfy(line -> assertThat(line)
                .startsWith("Your care was due to be reviewed by 11 May 2026 and this has not happened yet."));
    }

    @Test
    void a_hospital_stay_pauses_her_care_and_is_told_with_the_delay_and_her_new_medicine() {
        testbed.record(evans.admitted(admission, AdmissionType.EMERGENCY, on("2026-04-20", "22:10")));
        testbed.record(evans.dischargePlanned(admission, LocalDate.of(2026, 4, 24), DischargePathway.PATHWAY_1_HOME_WITH_SUPPORT, on("2026-04-22", "10:00")));

        OwnRecord inHospital = read(viewOn("2026-04-23"));
        assertThat(inHospital.yourCareNow()).contains(
                "You are in Royal Devon Hospital (Ward 4) since 20 April 2026. The hospital plans for you to leave on 24 April 2026.");
        assertThat(inHospital.yourCareNow()).anySatisfy(line -> assertThat(line).endsWith("It is paused at the moment."));

        testbed.record(evans.discharged(admission, LocalDate.of(2026, 4, 24), DelayReason.AWAITING_CARE_PACKAGE, on("2026-04-27", "16:00")));
        testbed.record(evans.packageResumed(on("2026-04-28", "09:00")));
        testbed.record(evans.reviewed(ReviewOutcome.CONTINUE, LocalDate.of(2026, 5, 5), on("2026-05-05", "15:00")));

        OwnRecord home = read(viewOn("2026-05-06"));
        assertThat(home.yourCareNow()).noneMatch(line -> line.startsWith("You are in"));
        assertThat(home.yourCareNow()).noneMatch(line -> line.contains("paused"));
        assertThat(home.whatHasHappened().get(0).text()).startsWith("Your care will be reviewed with you between 7 April 2027 and 5 May 2027.");
        assertThat(home.whatHasHappened()).extracting(OwnRecordEntry::text).anySatisfy(text -> assertThat(text)
                .startsWith("You left hospital on 27 April 2026 and went home. This was 3 days later than planned,"
                        + " because your care at home was not yet ready.")
                .contains("Your medicines: you started taking Amoxicillin (500 mg three times a day for 5 days).")
                .contains("Your district nurse will: Visit within 48 hours to check the pressure areas."));
    }

    @Test
    void nothing_she_reads_is_a_code_an_identifier_or_someone_else() {
        OwnRecord record = read(viewOn("2026-03-20"));
        List<String> everything = new java.util.ArrayList<>(record.yourCareNow());
        everything.add(record.aboutYou());
        record.whatHasHappened().forEach(entry -> everything.add(entry.heading() + " " + entry.text()));

        assertThat(everything).allSatisfy(text -> assertThat(text)
                .doesNotContainPattern("[A-Z]{2,}_[A-Z]")
                .doesNotContain(Journey.PRACTICE_NORTH)
                .doesNotContain("lw.jones")
                .doesNotContain(referral.toString())
                .doesNotContain("Hughes")
                .doesNotContain("Lonely"));
        assertThat(record.aboutYou()).contains("Your NHS number is 943 476 5919");
    }

    @Test
    void what_has_happened_pages_newest_first() {
        OwnRecordProjection view = viewOn("2026-03-20");
        OwnRecord first = view.handle(new FindOwnRecord(evans.id, 0, 3)).orElseThrow();
        OwnRecord second = view.handle(new FindOwnRecord(evans.id, 1, 3)).orElseThrow();

        assertThat(first.totalEntries()).isEqualTo(evans.events().size());
        assertThat(first.whatHasHappened()).extracting(OwnRecordEntry::heading).containsExactly("Review", "Your care", "Assessment");
        assertThat(second.whatHasHappened().get(0).text()).startsWith("Your district nurse added their part");
        assertThat(view.handle(new FindOwnRecord(UUID.randomUUID(), 0, 3))).isEmpty();
    }

    @Test
    void rebuilding_her_record_gives_the_same_rows() {
        var entries = testbed.rows("own_record_entry");
        var standing = testbed.rows("own_record");

        testbed.rebuild();

        assertThat(testbed.rows("own_record_entry")).isEqualTo(entries).isNotEmpty();
        assertThat(testbed.rows("own_record")).isEqualTo(standing).hasSize(2);
    }
}
