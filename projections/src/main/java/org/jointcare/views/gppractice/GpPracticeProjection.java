package org.jointcare.views.gppractice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.views.ErasedRecords;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.NewCarePackage;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.MedicationChange;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.views.PackageStatus;
import org.jointcare.views.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what a GP practice is told and asked about: notices of admission and discharge (with
 * the stay they describe), the progress of referrals it made, and packages in force. Every
 * handler is keyed by an id from the event, so handling an event twice leaves one row.
 */
@Component
@ProcessingGroup(GpPracticeViewDefinition.PROCESSING_GROUP)
public class GpPracticeProjection {

    private final JdbcTemplate jdbc;

    public GpPracticeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PersonRegistered event) {
        var person = event.person();
        String nhsNumber = event.nhsNumber() == null ? null : event.nhsNumber().value();
        jdbc.update("DELETE FROM gp_person WHERE care_record_id = ?", event.careRecordId());
        jdbc.update("""
                INSERT INTO gp_person (care_record_id, nhs_number, given_name, family_name, date_of_birth, practice_code)
                VALUES (?, ?, ?, ?, ?, ?)""",
                event.careRecordId(), nhsNumber, person.givenName(), person.familyName(), person.dateOfBirth(),
                person.registeredPracticeCode());
    }

    @EventHandler
    void on(PersonDetailsChanged event) {
        var person = event.person();
        jdbc.update("UPDATE gp_person SET given_name = ?, family_name = ?, date_of_birth = ? WHERE care_record_id = ?",
                person.givenName(), person.familyName(), person.dateOfBirth(), event.careRecordId());
    }

    /** The person, and with them their notices and referrals, leave the old practice's lists for the new one's. */
    @EventHandler
    void on(PersonMovedPractice event) {
        jdbc.update("UPDATE gp_person SET practice_code = ? WHERE care_record_id = ?",
                event.toPracticeCode(), event.careRecordId());
        int moved = jdbc.update("UPDATE gp_notice SET practice_code = ? WHERE care_record_id = ? AND practice_code = ?",
                event.toPracticeCode(), event.careRecordId(), event.fromPracticeCode());
        if (moved > 0) {
            jdbc.update("UPDATE gp_inbox_total SET notices = notices - ? WHERE practice_code = ?", moved, event.fromPracticeCode());
            int updated = jdbc.update("UPDATE gp_inbox_total SET notices = notices + ? WHERE practice_code = ?",
                    moved, event.toPracticeCode());
            if (updated == 0) {
                jdbc.update("INSERT INTO gp_inbox_total (practice_code, notices) VALUES (?, ?)", event.toPracticeCode(), moved);
            }
        }
        jdbc.update("UPDATE gp_referral SET practice_code = ? WHERE care_record_id = ? AND practice_code = ?",
                event.toPracticeCode(), event.careRecordId(), event.fromPracticeCode());
    }

    // ------------------------------------------------------------------ notices

    /** The admission is also the notice to the practice the person is registered at. */
    @EventHandler
    void on(PersonAdmittedToHospital event) {
        var admission = event.admission();
        jdbc.update("DELETE FROM gp_hospital_stay WHERE admission_id = ?", event.admissionId());
        jdbc.update("""
                INSERT INTO gp_hospital_stay (admission_id, care_record_id, hospital_name, hospital_code, ward,
                       admission_type, private_patient, readmission_within_30_days, admitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.admissionId(), event.careRecordId(), admission.hospitalName(), admission.hospitalCode(),
                admission.ward(), admission.type().name(), admission.privatePatient(), event.readmissionWithin30Days(),
                Timestamps.column(admission.admittedAt()));
        raiseNotice(event.admissionId(), NoticeKind.ADMISSION, event.careRecordId(), event.notifiedPracticeCode(), event.at());
    }

    /** The latest plan's pathway: what support the person is to go home to, which the practice needs to know. */
    @EventHandler
    void on(DischargePlanned event) {
        jdbc.update("UPDATE gp_hospital_stay SET pathway = ? WHERE admission_id = ?",
                event.plan().pathway() == null ? null : event.plan().pathway().name(), event.admissionId());
    }

    @EventHandler
    void on(PersonDischargedFromHospital event) {
        var summary = event.summary();
        jdbc.update("""
                UPDATE gp_hospital_stay SET discharged_at = ?, destination = ?, planned_date = ?,
                       days_later_than_planned = ?, delay_reason = ?, information_given = ?, clinical_summary = ?
                 WHERE admission_id = ?""",
                Timestamps.column(summary.dischargedAt()), summary.destination().name(), event.plannedDate(),
                event.daysLaterThanPlanned(), summary.delayReason() == null ? null : summary.delayReason().name(),
                summary.informationGiven(), summary.clinicalSummary(), event.admissionId());
        summaryLines(event.admissionId(), summary);
    }

    /**
     * The amended notice: the same notice of discharge (one per admission), now showing the summary
     * as corrected, back among the unacknowledged with when and why it was amended. It is not a
     * new notice, so the inbox total does not change; the stay's discharge moment and plan stay.
     */
    @EventHandler
    void on(DischargeSummaryCorrected event) {
        var summary = event.summary();
        jdbc.update("""
                UPDATE gp_hospital_stay SET destination = ?, delay_reason = ?, information_given = ?, clinical_summary = ?
                 WHERE admission_id = ?""",
                summary.destination().name(), summary.delayReason() == null ? null : summary.delayReason().name(),
                summary.informationGiven(), summary.clinicalSummary(), event.admissionId());
        summaryLines(event.admissionId(), summary);
        jdbc.update("""
                UPDATE gp_notice SET amended_at = ?, amendment_reason = ?, acknowledged_at = NULL,
                       acknowledged_by_user_id = NULL, inbox_order = 0
                 WHERE admission_id = ? AND notice_kind = ?""",
                Timestamps.column(event.at()), event.reason(), event.admissionId(), NoticeKind.DISCHARGE.name());
    }

    private void summaryLines(UUID admissionId, DischargeSummary summary) {
        jdbc.update("DELETE FROM gp_medication_change WHERE admission_id = ?", admissionId);
        List<MedicationChange> medication = summary.medicationChanges();
        for (int line = 0; line < medication.size(); line++) {
            MedicationChange change = medication.get(line);
            jdbc.update("""
                    INSERT INTO gp_medication_change (admission_id, line_no, medication, change_kind, detail)
                    VALUES (?, ?, ?, ?, ?)""",
                    admissionId, line, change.medication(), change.kind() == null ? null : change.kind().name(),
                    change.detail());
        }
        jdbc.update("DELETE FROM gp_follow_up WHERE admission_id = ?", admissionId);
        List<FollowUpAction> followUps = summary.followUpActions();
        for (int line = 0; line < followUps.size(); line++) {
            FollowUpAction action = followUps.get(line);
            jdbc.update("INSERT INTO gp_follow_up (admission_id, line_no, for_whom, action_text) VALUES (?, ?, ?, ?)",
                    admissionId, line, action.forWhom() == null ? null : action.forWhom().name(), action.action());
        }
    }

    @EventHandler
    void on(DischargeNoticeRaised event) {
        raiseNotice(event.admissionId(), NoticeKind.DISCHARGE, event.careRecordId(), event.practiceCode(), event.at());
    }

    @EventHandler
    void on(AdmissionNoticeAcknowledged event) {
        acknowledge(event.admissionId(), NoticeKind.ADMISSION, event.by().userId(), event.at());
    }

    @EventHandler
    void on(DischargeNoticeAcknowledged event) {
        acknowledge(event.admissionId(), NoticeKind.DISCHARGE, event.by().userId(), event.at());
    }

    private void raiseNotice(UUID admissionId, NoticeKind kind, UUID careRecordId, String practiceCode,
                             Instant at) {
        int before = jdbc.update("DELETE FROM gp_notice WHERE admission_id = ? AND notice_kind = ?", admissionId, kind.name());
        jdbc.update("""
                INSERT INTO gp_notice (admission_id, notice_kind, care_record_id, practice_code, raised_at)
                VALUES (?, ?, ?, ?, ?)""",
                admissionId, kind.name(), careRecordId, practiceCode, Timestamps.column(at));
        if (before == 0) { // not the same notice raised again by an event delivered twice
            countNotice(practiceCode);
        }
    }

    /** One more notice in the practice's inbox total (gp_inbox_total), in this event's transaction. */
    private void countNotice(String practiceCode) {
        int updated = jdbc.update("UPDATE gp_inbox_total SET notices = notices + 1 WHERE practice_code = ?", practiceCode);
        if (updated == 0) {
            jdbc.update("INSERT INTO gp_inbox_total (practice_code, notices) VALUES (?, 1)", practiceCode);
        }
    }

    private void acknowledge(UUID admissionId, NoticeKind kind, String userId, Instant at) {
        jdbc.update("""
                UPDATE gp_notice SET acknowledged_at = ?, acknowledged_by_user_id = ?, inbox_order = 1
                 WHERE admission_id = ? AND notice_kind = ?""",
                Timestamps.column(at), userId, admissionId, kind.name());
    }

    // ------------------------------------------------------------------ referrals

    /** Only referrals with a requesting organisation can belong to a practice. */
    @EventHandler
    void on(ReferralReceived event) {
        String organisation = event.requester().organisationCode();
        if (organisation == null || organisation.isBlank()) {
            return;
        }
        jdbc.update("DELETE FROM gp_referral WHERE referral_id = ?", event.referralId());
        jdbc.update("""
                INSERT INTO gp_referral (referral_id, care_record_id, practice_code, source, requester_name, reason,
                       urgency, received_at, respond_by, status, status_since)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                event.referralId(), event.careRecordId(), organisation, event.source().name(), event.requester().name(),
                event.reason(), event.urgency().name(), Timestamps.column(event.at()), Timestamps.column(event.respondBy()),
                ReferralProgress.AWAITING_SCREENING.name(), Timestamps.column(event.at()));
    }

    @EventHandler
    void on(ReferralAccepted event) {
        jdbc.update("""
                UPDATE gp_referral SET status = ?, status_since = ?, answered_at = ?, linkworker_user_id = ?
                 WHERE referral_id = ?""",
                ReferralProgress.ACCEPTED.name(), Timestamps.column(event.at()), Timestamps.column(event.at()),
                event.linkworkerUserId(), event.referralId());
    }

    /** Closing at screening answers the referral; withdrawing an accepted one on closure does not change when it was answered. */
    @EventHandler
    void on(ReferralClosed event) {
        jdbc.update("""
                UPDATE gp_referral SET status = ?, status_since = ?, answered_at = COALESCE(answered_at, ?),
                       closure = ?, closure_reason = ?
                 WHERE referral_id = ?""",
                ReferralProgress.CLOSED.name(), Timestamps.column(event.at()), Timestamps.column(event.at()),
                event.closure().name(), event.reason(), event.referralId());
    }

    @EventHandler
    void on(JointAssessmentStarted event) {
        jdbc.update("UPDATE gp_referral SET status = ?, status_since = ?, assessment_id = ? WHERE referral_id = ?",
                ReferralProgress.ASSESSMENT_IN_PROGRESS.name(), Timestamps.column(event.at()), event.assessmentId(),
                event.referralId());
    }

    @EventHandler
    void on(JointAssessmentCompleted event) {
        jdbc.update("UPDATE gp_referral SET status = ?, status_since = ? WHERE assessment_id = ?",
                ReferralProgress.ASSESSED.name(), Timestamps.column(event.at()), event.assessmentId());
    }

    // ------------------------------------------------------------------ packages

    /** Arranged or revised: a revision takes the place of the package it replaces. */
    @EventHandler
    void on(NewCarePackage event) {
        jdbc.update("UPDATE gp_referral SET status = ?, status_since = ? WHERE assessment_id = ? AND status = ?",
                ReferralProgress.PACKAGE_ARRANGED.name(), Timestamps.column(event.at()), event.assessmentId(),
                ReferralProgress.ASSESSED.name());
        if (event.replacesPackageId() != null) {
            jdbc.update("DELETE FROM gp_package WHERE package_id = ?", event.replacesPackageId());
        }
        jdbc.update("DELETE FROM gp_package WHERE package_id = ?", event.packageId());
        jdbc.update("""
                INSERT INTO gp_package (package_id, care_record_id, status, start_date, service_types, weekly_cost_pence)
                VALUES (?, ?, ?, ?, ?, ?)""",
                event.packageId(), event.careRecordId(), PackageStatus.ACTIVE.name(), event.startDate(),
                serviceTypes(event.terms()), event.terms().weeklyCostPence());
    }

    @EventHandler
    void on(CarePackageAmended event) {
        jdbc.update("UPDATE gp_package SET service_types = ?, weekly_cost_pence = ? WHERE package_id = ?",
                serviceTypes(event.terms()), event.terms().weeklyCostPence(), event.packageId());
    }

    @EventHandler
    void on(CarePackageSuspended event) {
        jdbc.update("UPDATE gp_package SET status = ?, suspended_reason = ? WHERE package_id = ?",
                PackageStatus.SUSPENDED.name(), event.reason(), event.packageId());
    }

    @EventHandler
    void on(CarePackageResumed event) {
        jdbc.update("UPDATE gp_package SET status = ?, suspended_reason = NULL WHERE package_id = ?",
                PackageStatus.ACTIVE.name(), event.packageId());
    }

    @EventHandler
    void on(CarePackageEnded event) {
        jdbc.update("DELETE FROM gp_package WHERE package_id = ?", event.packageId());
    }

    private static String serviceTypes(PackageTerms terms) {
        return terms.services().stream().map(service -> service.type().name()).collect(Collectors.joining(","));
    }

    // ------------------------------------------------------------------ death

    /** The practice the person was registered at is told, in its inbox of death notices, until it acknowledges. */
    @EventHandler
    void on(PersonDied event) {
        jdbc.update("DELETE FROM gp_death_notice WHERE care_record_id = ?", event.careRecordId());
        jdbc.update("""
                INSERT INTO gp_death_notice (care_record_id, practice_code, date_of_death, recorded_by_user_id,
                       recorded_by_role, recorded_by_organisation, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                event.careRecordId(), event.practiceCode(), event.dateOfDeath(), event.by().userId(),
                event.by().role().name(), event.by().organisationCode(), Timestamps.column(event.at()));
    }

    @EventHandler
    void on(DeathNoticeAcknowledged event) {
        if (event.by().role() == Role.GP_PRACTICE) {
            jdbc.update("UPDATE gp_death_notice SET acknowledged_at = ?, acknowledged_by_user_id = ? WHERE care_record_id = ?",
                    Timestamps.column(event.at()), event.by().userId(), event.careRecordId());
        }
    }

    // ------------------------------------------------------------------ entries in error

    /**
     * A referral in error leaves the practice's referrals; an admission in error takes its notice out
     * of the inbox (and its total) with the stay. Contributions and visits are on no practice list.
     */
    @EventHandler
    void on(EntryMarkedEnteredInError event) {
        switch (event.kind()) {
            case REFERRAL -> jdbc.update("DELETE FROM gp_referral WHERE referral_id = ?", event.entryId());
            case HOSPITAL_ADMISSION -> {
                UUID admissionId = event.entryId();
                jdbc.query("SELECT practice_code FROM gp_notice WHERE admission_id = ?",
                        rs -> {
                            jdbc.update("UPDATE gp_inbox_total SET notices = notices - 1 WHERE practice_code = ?",
                                    rs.getString(1));
                        }, admissionId);
                for (String table : new String[] {"gp_notice", "gp_follow_up", "gp_medication_change", "gp_hospital_stay"}) {
                    jdbc.update("DELETE FROM " + table + " WHERE admission_id = ?", admissionId);
                }
            }
            case ASSESSMENT_CONTRIBUTION, NURSING_VISIT -> {
                // not on the practice's lists
            }
        }
    }

    @ResetHandler
    void reset() {
        for (String table : GpPracticeViewDefinition.TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** The record was erased: the view forgets the person (ErasedRecords). */
    @EventHandler
    void on(RecordErased event) {
        ErasedRecords.forgetAdmissions(jdbc, event.careRecordId(), "gp_hospital_stay", "gp_medication_change", "gp_follow_up");
        ErasedRecords.forget(jdbc, event.careRecordId(), "gp_notice", "gp_referral", "gp_package", "gp_hospital_stay",
                "gp_death_notice", "gp_person");
    }
}
