package org.jointcare.views.ownrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.views.testing.Professionals.*;

import java.time.LocalDate;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.testsupport.TestClock;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Services;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mrs Evans reads her own record: what was recorded on her by mistake (a referral meant for her
 * sister, a hospital stay that was someone else's) is gone from it, from what has happened and
 * from her care as it stands. Her death, when it comes, is told in plain words.
 */
class WhatWasRecordedOnTheWrongPersonLeavesHerOwnRecordTest {

    private final EventLog log = new EventLog();
    private final ViewHarness view = new ViewHarness();
    private final TestClock clock = TestClock.at("2026-03-20T12:00:00Z");
    private CareRecordStory evans;

    @BeforeEach
    void herStorySoFar() {
        view.handlers(new OwnRecordProjection(view.jdbc()), new OwnRecordQueries(view.jdbc(), clock));
        evans = log.register("Mary", "Evans", LocalDate.of(1938, 5, 14), PRACTICE_NORTH, "Trowbridge", "2026-03-02T09:00:00Z")
                .jointlyAssessedOn("2026-03-03", Discipline.DISTRICT_NURSING)
                .at("2026-03-05T09:00:00Z").packageArranged(Services.homeCare(10, 2150));
    }

    private OwnRecord read() {
        view.play(log);
        return view.ask(new FindOwnRecord(evans.id(), 0, 100, true), OwnRecord.class);
    }

    @Test
    void aReferralMeantForHerSisterIsGoneFromWhatHasHappened() {
        evans.at("2026-03-10T10:00:00Z").referredByPractice(Urgency.SOON, "Joan Evans keeps falling");
        OwnRecord before = read();
        assertThat(before.whatHasHappened()).extracting(OwnRecordEntry::text).anyMatch(text -> text.contains("Joan Evans"));

        evans.at("2026-03-10T12:00:00Z").enteredInError(evans.lastReferralSequence(), "Meant for her sister",
                gp(PRACTICE_NORTH));
        OwnRecord after = read();

        assertThat(after.whatHasHappened()).extracting(OwnRecordEntry::text).noneMatch(text -> text.contains("Joan"));
        assertThat(after.totalEntries()).isEqualTo(before.totalEntries() - 1);
        view.assertRebuildsRowForRow(log, "own_record_entry", "own_record", "own_record_state");
    }

    @Test
    void aHospitalStayThatWasSomeoneElsesIsGoneFromHerCareNowAndFromWhatHasHappened() {
        evans.at("2026-03-12T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        OwnRecord inHospital = read();
        assertThat(String.join(" ", inHospital.yourCareNow())).contains("You are in Royal Devon and Exeter");

        evans.at("2026-03-13T09:00:00Z").enteredInError(evans.lastAdmissionSequence(), "Admitted under the wrong NHS number",
                dischargeTeam(ROYAL_DEVON));
        OwnRecord after = read();

        assertThat(String.join(" ", after.yourCareNow())).doesNotContain("You are in").doesNotContain("paused");
        // nor was her package paused for it, nor started again: she never went in
        assertThat(after.whatHasHappened()).extracting(OwnRecordEntry::text).noneMatch(text -> text.contains("You went into"))
                .noneMatch(text -> text.contains("paused")).noneMatch(text -> text.contains("started again"));
        view.assertRebuildsRowForRow(log, "own_record_entry", "own_record", "own_record_state");
    }

    @Test
    void aStayOfHerOwnBeforeTheOneInErrorStillTellsOfItsPauseAndRestart() {
        evans.at("2026-03-08T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-03-10T11:00:00Z").discharged()
                .after(java.time.Duration.ofHours(2)).packageResumed()
                .at("2026-03-12T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        evans.at("2026-03-13T09:00:00Z").enteredInError(evans.lastAdmissionSequence(), "Admitted under the wrong NHS number",
                dischargeTeam(ROYAL_DEVON));
        OwnRecord after = read();

        assertThat(after.whatHasHappened()).extracting(OwnRecordEntry::text)
                .filteredOn(text -> text.contains("paused") || text.contains("started again"))
                .containsExactlyInAnyOrder("Your care package was paused while you are in hospital.", "Your care package started again.");
        view.assertRebuildsRowForRow(log, "own_record_entry", "own_record", "own_record_state");
    }

    @Test
    void herDeathIsToldInPlainWordsAndHerPackageEndsWithIt() {
        evans.at("2026-03-16T09:00:00Z").died(LocalDate.of(2026, 3, 15), districtNurse(NURSING_NORTH));
        OwnRecord record = read();

        assertThat(record.whatHasHappened()).extracting(OwnRecordEntry::text)
                .anyMatch(text -> text.startsWith("The death on") && text.contains("has been recorded"))
                .anyMatch(text -> text.startsWith("Your care package ended: The person died on 2026-03-15"));
        assertThat(String.join(" ", record.yourCareNow())).doesNotContain("Your care package, since");
        view.assertRebuildsRowForRow(log, "own_record_entry", "own_record", "own_record_state");
    }
}
