package org.jointcare.views.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointcare.views.testing.Professionals.*;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.referral.Urgency;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.ViewHarness;
import org.junit.jupiter.api.Test;

/**
 * A commissioner's figures take back what an entry in error had counted, in the month it was
 * counted in (not the month of the marking): the referral by its source, the admission and the time
 * the practice took to acknowledge its notice. A death adds no figure of its own.
 */
class WhatWasEnteredInErrorIsTakenBackFromTheMonthItWasCountedInTest {

    private final EventLog log = new EventLog();
    private final ViewHarness view = new ViewHarness();

    WhatWasEnteredInErrorIsTakenBackFromTheMonthItWasCountedInTest() {
        view.handlers(new CommissioningProjection(view.jdbc()), new CommissioningQueries(view.jdbc()));
    }

    private List<CareRecordStory> people(int count) {
        List<CareRecordStory> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(log.register("Person" + i, "Family" + i, LocalDate.of(1935, 3, 1), PRACTICE_NORTH, "Trowbridge",
                    "2026-02-02T09:00:00Z"));
        }
        return people;
    }

    private Map<String, CommissioningFigure> figures(String month, Measure measure) {
        view.play(log);
        CommissioningFigures all = view.ask(new FindCommissioningFigures(PRACTICE_NORTH, null, YearMonth.parse(month), 0, 200),
                CommissioningFigures.class);
        Map<String, CommissioningFigure> byCategory = new TreeMap<>();
        all.figures().stream().filter(f -> f.measure() == measure).forEach(f -> byCategory.put(f.category(), f));
        return byCategory;
    }

    @Test
    void twoReferralsFoundInAprilToBeAboutSomeoneElseLeaveMarchsCountAndAprilHasNone() {
        List<CareRecordStory> people = people(7);
        people.forEach(person -> person.at("2026-03-10T10:00:00Z").referredByPractice(Urgency.ROUTINE, "Struggling at home"));
        assertThat(figures("2026-03", Measure.REFERRALS_BY_SOURCE).get("GP").count()).isEqualTo(7);

        for (CareRecordStory person : people.subList(0, 2)) {
            person.at("2026-04-02T10:00:00Z").enteredInError(person.lastReferralSequence(), "Meant for another patient",
                    gp(PRACTICE_NORTH));
        }

        assertThat(figures("2026-03", Measure.REFERRALS_BY_SOURCE).get("GP").count()).isEqualTo(5);
        assertThat(figures("2026-04", Measure.REFERRALS_BY_SOURCE)).isEmpty();
        view.assertRebuildsRowForRow(log, "commissioning_figure", "commissioning_record_state");
    }

    @Test
    void anAdmissionInErrorIsTakenBackWithTheTimeThePracticeTookToAcknowledgeItsNotice() {
        List<CareRecordStory> people = people(6);
        people.forEach(person -> person.at("2026-03-10T22:00:00Z")
                .admitted("Royal Devon and Exeter", ROYAL_DEVON, AdmissionType.EMERGENCY)
                .at("2026-03-11T08:00:00Z").admissionNoticeAcknowledged());
        CommissioningFigure acknowledged = figures("2026-03", Measure.GP_ACKNOWLEDGEMENTS).get("ADMISSION_NOTICE");
        assertThat(acknowledged.count()).isEqualTo(6);
        assertThat(acknowledged.total()).isEqualTo(6 * 600L);

        CareRecordStory wrong = people.get(0);
        wrong.at("2026-04-01T09:00:00Z").enteredInError(wrong.lastAdmissionSequence(), "Admitted under the wrong NHS number",
                dischargeTeam(ROYAL_DEVON));

        assertThat(figures("2026-03", Measure.ADMISSIONS).get("EMERGENCY").count()).isEqualTo(5);
        acknowledged = figures("2026-03", Measure.GP_ACKNOWLEDGEMENTS).get("ADMISSION_NOTICE");
        assertThat(acknowledged.count()).isEqualTo(5);
        assertThat(acknowledged.total()).isEqualTo(5 * 600L);
        assertThat(figures("2026-04", Measure.ADMISSIONS)).isEmpty();
        view.assertRebuildsRowForRow(log, "commissioning_figure", "commissioning_record_state");
    }

    @Test
    void deathsAndTheirAcknowledgementsAddNoFlowFigure() {
        List<CareRecordStory> people = people(6);
        people.forEach(person -> person.at("2026-03-10T10:00:00Z").referredByPractice(Urgency.ROUTINE, "Struggling at home"));
        Map<String, CommissioningFigure> referralsBefore = figures("2026-03", Measure.REFERRALS_BY_SOURCE);

        people.forEach(person -> person.at("2026-03-20T10:00:00Z").died(LocalDate.of(2026, 3, 19), gp(PRACTICE_NORTH))
                .deathNoticeAcknowledged(gp(PRACTICE_NORTH)));

        assertThat(figures("2026-03", Measure.REFERRALS_BY_SOURCE)).usingRecursiveComparison().isEqualTo(referralsBefore);
        // the waiting referrals were withdrawn with the record: an outcome, with no response time
        assertThat(figures("2026-03", Measure.REFERRALS_BY_OUTCOME).get("WITHDRAWN_ON_RECORD_CLOSURE").count()).isEqualTo(6);
        assertThat(figures("2026-03", Measure.RESPONDED_WITHIN_TARGET)).isEmpty();
        view.assertRebuildsRowForRow(log, "commissioning_figure", "commissioning_record_state");
    }
}
