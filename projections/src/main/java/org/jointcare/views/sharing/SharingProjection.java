package org.jointcare.views.sharing;

import java.util.Locale;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.views.ErasedRecords;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.views.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the sharing facts of every person. Each handler is idempotent (keyed by the record or
 * the access id), so the view can be replayed over itself.
 */
@Component
@ProcessingGroup(SharingViewDefinition.PROCESSING_GROUP)
public class SharingProjection {

    private final JdbcTemplate jdbc;

    public SharingProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PersonRegistered event) {
        PersonDetails person = event.person();
        String nhsNumber = event.nhsNumber() == null ? null : event.nhsNumber().value();
        int updated = jdbc.update("""
                UPDATE sharing_person SET nhs_number = ?, given_name = ?, family_name = ?, given_name_key = ?,
                       family_name_key = ?, date_of_birth = ?, registered_practice_code = ?, locality = ?
                 WHERE care_record_id = ?""",
                nhsNumber, person.givenName(), person.familyName(), searchKey(person.givenName()),
                searchKey(person.familyName()), person.dateOfBirth(), person.registeredPracticeCode(),
                person.locality(), event.careRecordId());
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO sharing_person (care_record_id, nhs_number, given_name, family_name, given_name_key,
                           family_name_key, date_of_birth, registered_practice_code, locality, closed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""",
                    event.careRecordId(), nhsNumber, person.givenName(), person.familyName(),
                    searchKey(person.givenName()), searchKey(person.familyName()), person.dateOfBirth(),
                    person.registeredPracticeCode(), person.locality());
        }
    }

    /** A corrected name or date of birth is what searches find from the next request. */
    @EventHandler
    void on(PersonDetailsChanged event) {
        PersonDetails person = event.person();
        jdbc.update("""
                UPDATE sharing_person SET given_name = ?, family_name = ?, given_name_key = ?, family_name_key = ?,
                       date_of_birth = ?, locality = ?
                 WHERE care_record_id = ?""",
                person.givenName(), person.familyName(), searchKey(person.givenName()), searchKey(person.familyName()),
                person.dateOfBirth(), person.locality(), event.careRecordId());
    }

    /** From the next request the new practice (and whoever is attached to it or serves it) reaches the person; the old one does not. */
    @EventHandler
    void on(PersonMovedPractice event) {
        jdbc.update("UPDATE sharing_person SET registered_practice_code = ? WHERE care_record_id = ?",
                event.toPracticeCode(), event.careRecordId());
    }

    @EventHandler
    void on(NursingTeamAssigned event) {
        jdbc.update("UPDATE sharing_person SET nursing_team_code = ? WHERE care_record_id = ?",
                event.nursingTeamCode(), event.careRecordId());
    }

    @EventHandler
    void on(ReferralAccepted event) {
        jdbc.update("UPDATE sharing_person SET allocated_linkworker_user_id = ? WHERE care_record_id = ?",
                event.linkworkerUserId(), event.careRecordId());
    }

    @EventHandler
    void on(ConsentRecorded event) {
        jdbc.update("""
                UPDATE sharing_person SET consent_decision = ?, consent_organisation_code = ?, consent_limits = ?
                 WHERE care_record_id = ?""",
                event.decision().name(), event.by().organisationCode(), event.limits(), event.careRecordId());
    }

    @EventHandler
    void on(PersonAdmittedToHospital event) {
        jdbc.update("""
                UPDATE sharing_person SET open_admission_id = ?, open_admission_hospital_code = ?
                 WHERE care_record_id = ?""",
                event.admissionId(), event.admission().hospitalCode(), event.careRecordId());
    }

    /**
     * The admission closes; the trust whose team recorded the discharge keeps a relationship for the
     * correction window, which the sharing policy reads from when the discharge was recorded.
     */
    @EventHandler
    void on(PersonDischargedFromHospital event) {
        jdbc.update("""
                UPDATE sharing_person SET open_admission_id = NULL, open_admission_hospital_code = NULL
                 WHERE care_record_id = ? AND open_admission_id = ?""",
                event.careRecordId(), event.admissionId());
        jdbc.update("""
                UPDATE sharing_person SET last_discharge_admission_id = ?, last_discharge_hospital_code = ?,
                       last_discharge_recorded_at = ?
                 WHERE care_record_id = ?""",
                event.admissionId(), event.by().organisationCode(), Timestamps.column(event.at()), event.careRecordId());
    }

    /** An admission entered in error never gave the hospital a relationship: it ends at once. */
    @EventHandler
    void on(org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError event) {
        if (event.kind() == org.jointcare.carerecord.enteredinerror.EntryKind.HOSPITAL_ADMISSION) {
            jdbc.update("""
                    UPDATE sharing_person SET open_admission_id = NULL, open_admission_hospital_code = NULL
                     WHERE care_record_id = ? AND open_admission_id = ?""",
                    event.careRecordId(), event.entryId());
        }
    }

    @EventHandler
    void on(EmergencyAccessGranted event) {
        int updated = jdbc.update("""
                UPDATE sharing_emergency_access SET care_record_id = ?, user_id = ?, role = ?, organisation_code = ?,
                       reason = ?, granted_at = ?, expires_at = ?
                 WHERE access_id = ?""",
                event.careRecordId(), event.by().userId(), event.by().role().name(), event.by().organisationCode(),
                event.reason(), Timestamps.column(event.at()), Timestamps.column(event.expiresAt()), event.accessId());
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO sharing_emergency_access (access_id, care_record_id, user_id, role, organisation_code,
                           reason, granted_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    event.accessId(), event.careRecordId(), event.by().userId(), event.by().role().name(),
                    event.by().organisationCode(), event.reason(), Timestamps.column(event.at()),
                    Timestamps.column(event.expiresAt()));
        }
    }

    @EventHandler
    void on(CareRecordClosed event) {
        jdbc.update("UPDATE sharing_person SET closed = TRUE WHERE care_record_id = ?", event.careRecordId());
    }

    @EventHandler
    void on(CareRecordReopened event) {
        jdbc.update("UPDATE sharing_person SET closed = FALSE WHERE care_record_id = ?", event.careRecordId());
    }

    @ResetHandler
    void reset() {
        for (String table : SharingViewDefinition.TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    static String searchKey(String name) {
        return name.strip().toUpperCase(Locale.ROOT);
    }

    /** The record was erased: the view forgets the person (ErasedRecords). */
    @EventHandler
    void on(RecordErased event) {
        ErasedRecords.forget(jdbc, event.careRecordId(), "sharing_emergency_access", "sharing_person");
    }
}
