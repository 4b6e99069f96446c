package org.jointcare.views.districtnursing;

import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.views.ErasedRecords;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.NewCarePackage;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carepackage.PlannedService;
import org.jointcare.carerecord.carepackage.ServiceType;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.followup.NursingVisitRecorded;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.views.PackageStatus;
import org.jointcare.views.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each nursing team's worklist: assessments still waiting for the nursing contribution,
 * packages in force with district nursing services, discharges that ask for a nursing visit
 * until the first visit after them is recorded.
 */
@Component
@ProcessingGroup(DistrictNursingViewDefinition.PROCESSING_GROUP)
public class DistrictNursingProjection {

    private final JdbcTemplate jdbc;

    public DistrictNursingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PersonRegistered event) {
        var person = event.person();
        int updated = jdbc.update("""
                UPDATE dn_person SET given_name = ?, family_name = ?, date_of_birth = ?, practice_code = ?
                 WHERE care_record_id = ?""",
                person.givenName(), person.familyName(), person.dateOfBirth(), person.registeredPracticeCode(),
                event.careRecordId());
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO dn_person (care_record_id, given_name, family_name, date_of_birth, practice_code, closed)
                    VALUES (?, ?, ?, ?, ?, FALSE)""",
                    event.careRecordId(), person.givenName(), person.familyName(), person.dateOfBirth(),
                    person.registeredPracticeCode());
        }
    }

    @EventHandler
    void on(PersonDetailsChanged event) {
        var person = event.person();
        jdbc.update("UPDATE dn_person SET given_name = ?, family_name = ?, date_of_birth = ? WHERE care_record_id = ?",
                person.givenName(), person.familyName(), person.dateOfBirth(), event.careRecordId());
    }

    @EventHandler
    void on(PersonMovedPractice event) {
        jdbc.update("UPDATE dn_person SET practice_code = ? WHERE care_record_id = ?",
                event.toPracticeCode(), event.careRecordId());
    }

    @EventHandler
    void on(NursingTeamAssigned event) {
        jdbc.update("UPDATE dn_person SET nursing_team_code = ? WHERE care_record_id = ?",
                event.nursingTeamCode(), event.careRecordId());
    }

    // ------------------------------------------------------------------ assessments

    @EventHandler
    void on(JointAssessmentStarted event) {
        jdbc.update("DELETE FROM dn_assessment_waiting WHERE assessment_id = ?", event.assessmentId());
        jdbc.update("""
                INSERT INTO dn_assessment_waiting (assessment_id, care_record_id, referral_id, lead_assessor_user_id, started_at)
                VALUES (?, ?, ?, ?, ?)""",
                event.assessmentId(), event.careRecordId(), event.referralId(), event.leadAssessorUserId(),
                Timestamps.column(event.at()));
    }

    @EventHandler
    void on(ContributionAdded event) {
        if (event.contribution().discipline() == Discipline.DISTRICT_NURSING) {
            nursingContributed(event.assessmentId(), true);
        }
    }

    /** Kept while the assessment is in progress, so a nursing part marked entered in error puts it back on the list. */
    private void nursingContributed(java.util.UUID assessmentId, boolean contributed) {
        jdbc.update("UPDATE dn_assessment_waiting SET nursing_contributed = ? WHERE assessment_id = ?", contributed, assessmentId);
    }

    @EventHandler
    void on(JointAssessmentCompleted event) {
        jdbc.update("DELETE FROM dn_assessment_waiting WHERE assessment_id = ?", event.assessmentId());
    }

    // ------------------------------------------------------------------ packages

    /** Arranged or revised: a revision takes the place of the package it replaces. */
    @EventHandler
    void on(NewCarePackage event) {
        if (event.replacesPackageId() != null) {
            jdbc.update("DELETE FROM dn_package WHERE package_id = ?", event.replacesPackageId());
        }
        jdbc.update("DELETE FROM dn_package WHERE package_id = ?", event.packageId());
        NursingPart nursing = NursingPart.of(event.terms());
        jdbc.update("""
                INSERT INTO dn_package (package_id, care_record_id, status, start_date, nursing_visits_per_week,
                       nursing_weekly_cost_pence, nursing_providers)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                event.packageId(), event.careRecordId(), PackageStatus.ACTIVE.name(), event.startDate(),
                nursing.visitsPerWeek, nursing.weeklyCostPence, nursing.providers);
    }

    /** A change can add or take away the nursing part; the package's status stays as it was. */
    @EventHandler
    void on(CarePackageAmended event) {
        NursingPart nursing = NursingPart.of(event.terms());
        jdbc.update("""
                UPDATE dn_package SET nursing_visits_per_week = ?, nursing_weekly_cost_pence = ?, nursing_providers = ?
                 WHERE package_id = ?""",
                nursing.visitsPerWeek, nursing.weeklyCostPence, nursing.providers, event.packageId());
    }

    @EventHandler
    void on(CarePackageSuspended event) {
        jdbc.update("UPDATE dn_package SET status = ?, suspended_reason = ? WHERE package_id = ?",
                PackageStatus.SUSPENDED.name(), event.reason(), event.packageId());
    }

    @EventHandler
    void on(CarePackageResumed event) {
        jdbc.update("UPDATE dn_package SET status = ?, suspended_reason = NULL WHERE package_id = ?",
                PackageStatus.ACTIVE.name(), event.packageId());
    }

    @EventHandler
    void on(CarePackageEnded event) {
        jdbc.update("DELETE FROM dn_package WHERE package_id = ?", event.packageId());
    }

    /** The district nursing services of a package, summed. */
    private record NursingPart(int visitsPerWeek, long weeklyCostPence, String providers) {
        static NursingPart of(PackageTerms terms) {
            List<PlannedService> nursing = terms.services().stream()
                    .filter(service -> service.type() == ServiceType.DISTRICT_NURSING).toList();
            return new NursingPart(nursing.stream().mapToInt(PlannedService::unitsPerWeek).sum(),
                    nursing.stream().mapToLong(PlannedService::weeklyCostPence).sum(),
                    nursing.stream().map(PlannedService::providerName).distinct().collect(Collectors.joining(", ")));
        }
    }

    // ------------------------------------------------------------------ hospital

    @EventHandler
    void on(PersonAdmittedToHospital event) {
        jdbc.update("DELETE FROM dn_discharge WHERE admission_id = ?", event.admissionId());
        jdbc.update("""
                INSERT INTO dn_discharge (admission_id, care_record_id, hospital_name, admitted_at) VALUES (?, ?, ?, ?)""",
                event.admissionId(), event.careRecordId(), event.admission().hospitalName(),
                Timestamps.column(event.admission().admittedAt()));
    }

    @EventHandler
    void on(PersonDischargedFromHospital event) {
        jdbc.update("UPDATE dn_discharge SET discharged_at = ?, destination = ? WHERE admission_id = ?",
                Timestamps.column(event.summary().dischargedAt()), event.summary().destination().name(),
                event.admissionId());
        askDistrictNurse(event.admissionId(), event.summary());
    }

    /** The corrected summary's requests of the nurse replace those of the summary it corrects. */
    @EventHandler
    void on(DischargeSummaryCorrected event) {
        askDistrictNurse(event.admissionId(), event.summary());
    }

    /** The first visit after the discharge does what it asked: the discharge leaves the worklist. */
    @EventHandler
    void on(NursingVisitRecorded event) {
        if (event.admissionId() != null && event.firstAfterDischarge()) {
            jdbc.update("UPDATE dn_discharge SET first_visit_at = ? WHERE admission_id = ?",
                    Timestamps.column(event.visitedAt()), event.admissionId());
        }
    }

    private void askDistrictNurse(java.util.UUID admissionId, DischargeSummary summary) {
        jdbc.update("DELETE FROM dn_visit_request WHERE admission_id = ?", admissionId);
        List<String> forNurse = summary.followUpActions().stream()
                .filter(action -> action.forWhom() == FollowUpFor.DISTRICT_NURSE)
                .map(FollowUpAction::action)
                .toList();
        for (int line = 0; line < forNurse.size(); line++) {
            jdbc.update("INSERT INTO dn_visit_request (admission_id, line_no, action_text) VALUES (?, ?, ?)",
                    admissionId, line, forNurse.get(line));
        }
    }

    // ------------------------------------------------------------------ closure

    @EventHandler
    void on(CareRecordClosed event) {
        var id = event.careRecordId();
        jdbc.update("DELETE FROM dn_assessment_waiting WHERE care_record_id = ?", id);
        jdbc.update("DELETE FROM dn_package WHERE care_record_id = ?", id);
        jdbc.update("""
                DELETE FROM dn_visit_request WHERE admission_id IN
                       (SELECT admission_id FROM dn_discharge WHERE care_record_id = ?)""", id);
        jdbc.update("DELETE FROM dn_discharge WHERE care_record_id = ?", id);
        jdbc.update("UPDATE dn_person SET closed = TRUE WHERE care_record_id = ?", id);
    }

    @EventHandler
    void on(CareRecordReopened event) {
        jdbc.update("UPDATE dn_person SET closed = FALSE WHERE care_record_id = ?", event.careRecordId());
    }

    // ------------------------------------------------------------------ death

    /** The team is told: the notice stays on the worklist until a district nurse acknowledges it. */
    @EventHandler
    void on(PersonDied event) {
        jdbc.update("DELETE FROM dn_death_notice WHERE care_record_id = ?", event.careRecordId());
        jdbc.update("""
                INSERT INTO dn_death_notice (care_record_id, date_of_death, recorded_by_user_id, recorded_by_role,
                       recorded_by_organisation, recorded_at) VALUES (?, ?, ?, ?, ?, ?)""",
                event.careRecordId(), event.dateOfDeath(), event.by().userId(), event.by().role().name(),
                event.by().organisationCode(), Timestamps.column(event.at()));
    }

    @EventHandler
    void on(DeathNoticeAcknowledged event) {
        if (event.by().role() == Role.DISTRICT_NURSE) {
            jdbc.update("UPDATE dn_death_notice SET acknowledged_at = ?, acknowledged_by_user_id = ? WHERE care_record_id = ?",
                    Timestamps.column(event.at()), event.by().userId(), event.careRecordId());
        }
    }

    // ------------------------------------------------------------------ entries in error

    /** What the entry put on the worklist leaves it; what it took off comes back. */
    @EventHandler
    void on(EntryMarkedEnteredInError event) {
        switch (event.kind()) {
            case ASSESSMENT_CONTRIBUTION -> {
                if (event.discipline() == Discipline.DISTRICT_NURSING) {
                    nursingContributed(event.entryId(), false);
                }
            }
            case HOSPITAL_ADMISSION -> {
                jdbc.update("DELETE FROM dn_visit_request WHERE admission_id = ?", event.entryId());
                jdbc.update("DELETE FROM dn_discharge WHERE admission_id = ?", event.entryId());
            }
            case NURSING_VISIT -> {
                if (event.dischargeFollowUpUndone()) {
                    jdbc.update("UPDATE dn_discharge SET first_visit_at = NULL WHERE admission_id = ?", event.admissionId());
                }
            }
            case REFERRAL -> {
                // a referral is not on the nursing worklist
            }
        }
    }

    @ResetHandler
    void reset() {
        for (String table : DistrictNursingViewDefinition.TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** The record was erased: the view forgets the person (ErasedRecords). */
    @EventHandler
    void on(RecordErased event) {
        ErasedRecords.forgetAdmissions(jdbc, event.careRecordId(), "dn_discharge", "dn_visit_request");
        ErasedRecords.forget(jdbc, event.careRecordId(), "dn_assessment_waiting", "dn_package", "dn_discharge",
                "dn_death_notice", "dn_person");
    }
}
