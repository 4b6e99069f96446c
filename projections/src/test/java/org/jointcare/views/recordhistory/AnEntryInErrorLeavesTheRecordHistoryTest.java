package org.jointcare.views.recordhistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.views.testing.Professionals.*;

import java.time.LocalDate;
import java.util.List;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.views.Paging;
import org.jointcare.views.ViewPage;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Services;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An entry marked entered in error leaves the record's history and the shared case history: its
 * line goes, and the marking's own line says only that an entry of that kind was marked, not what
 * it said nor why (the reason may name the right person). The death is a line of its own.
 */
class AnEntryInErrorLeavesTheRecordHistoryTest {

    private final EventLog log = new EventLog();
    private final ViewHarness view = new ViewHarness();
    private CareRecordStory mary;

    @BeforeEach
    void herRecord() {
        view.handlers(new RecordHistoryProjection(view.jdbc()), new RecordHistoryQueries(view.jdbc()));
        mary = log.register("Mary", "Hughes", PRACTICE_NORTH, "2026-01-05T09:00:00Z")
                .jointlyAssessedOn("2026-01-06", Discipline.GP)
                .at("2026-01-10T10:00:00Z").packageArranged(Services.homeCare(14, 1850))
                .at("2026-03-01T10:00:00Z").referredByPractice(Urgency.SOON, "Her sister Joan keeps falling");
    }

    @Test
    void aReferralInErrorLeavesBothHistoriesAndTheMarkingSaysOnlyThatOneWas() {
        long wrongReferral = mary.lastReferralSequence();
        view.play(log);
        assertThat(history()).extracting(HistoryEntry::sequenceNumber).contains(wrongReferral);
        int before = history().size();

        mary.at("2026-03-01T12:00:00Z").enteredInError(wrongReferral, "Meant for Joan Hughes, her sister", gp(PRACTICE_NORTH));
        view.play(log);

        List<HistoryEntry> history = history();
        assertThat(history).hasSize(before).extracting(HistoryEntry::sequenceNumber).doesNotContain(wrongReferral);
        assertThat(history).extracting(HistoryEntry::what).noneMatch(what -> what.contains("Joan"));
        HistoryEntry marking = history.get(history.size() - 1);
        assertThat(marking.eventType()).isEqualTo("EntryMarkedEnteredInError");
        assertThat(marking.what()).isEqualTo("An entry (referral) was marked entered in error by gp.j82034 of J82034");
        assertThat(caseHistory()).extracting(TimelineEntry::sequenceNumber).doesNotContain(wrongReferral);
        view.assertRebuildsRowForRow(log, "record_history_event");
    }

    @Test
    void anAdmissionInErrorLeavesTheHistoryWhileThePauseOfThePackageAndItsRestartStay() {
        mary.at("2026-03-02T22:00:00Z").admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY);
        long wrongAdmission = mary.lastAdmissionSequence();
        mary.at("2026-03-03T09:00:00Z").enteredInError(wrongAdmission, "Admitted under the wrong NHS number",
                        dischargeTeam(ROYAL_DEVON))
                .at("2026-03-20T09:00:00Z").died(LocalDate.of(2026, 3, 19), gp(PRACTICE_NORTH));
        view.play(log);

        List<HistoryEntry> history = history();
        assertThat(history).extracting(HistoryEntry::eventType).doesNotContain("PersonAdmittedToHospital")
                .contains("CarePackageSuspended", "CarePackageResumed", "EntryMarkedEnteredInError", "PersonDied",
                        "CareRecordClosed");
        assertThat(history).extracting(HistoryEntry::what).contains("Died on 19 Mar 2026 (recorded by gp.j82034, J82034)");
        view.assertRebuildsRowForRow(log, "record_history_event");
    }

    private List<HistoryEntry> history() {
        return view.ask(new FindRecordHistory(mary.id(), 0, 100), RecordHistory.class).entries();
    }

    private List<TimelineEntry> caseHistory() {
        ViewPage<TimelineEntry> page = view.ask(new SharedCaseHistoryQuery(mary.id(), Paging.first(100)), ViewPage.class);
        return page.items();
    }
}
