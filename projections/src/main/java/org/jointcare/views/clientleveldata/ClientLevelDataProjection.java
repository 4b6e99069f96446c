package org.jointcare.views.clientleveldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageRevised;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.followup.NursingVisitRecorded;
import org.jointcare.carerecord.followup.SocialCareFollowUpRecorded;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewScheduled;
import org.jointcare.views.ErasedRecords;
import org.jointcare.views.EventTable;
import org.jointcare.views.KeptCareRecordStates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Client Level Data return's rows, kept as the events happen. Each event is folded into the
 * person's record (kept in {@code cld_record_state}, read by no query); when the event can change what
 * the return says about the person ({@link #CHANGES_THE_ROWS}), the person's rows are written afresh
 * from the record ({@link CldRows}). Worked out from the whole record, an entry marked in error leaves
 * the return with the record, and replaying the events gives the same rows.
 */
@Component
@ProcessingGroup(ClientLevelDataViewDefinition.PROCESSING_GROUP)
public class ClientLevelDataProjection {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether an event can change the person's rows of the return. */
    static final EventTable<Void, Boolean> CHANGES_THE_ROWS = EventTable.<Void, Boolean>named("the Client Level Data rows", false)
            .on(PersonRegistered.class, (e, nothing) -> true)
            .on(PersonDetailsChanged.class, (e, nothing) -> true)
            .on(PersonMovedPractice.class, (e, nothing) -> true)
            .ignore(ReferralReceived.class, "a request is reported once answered: accepted or closed")
            .on(ReferralAccepted.class, (e, nothing) -> true)
            .on(ReferralClosed.class, (e, nothing) -> true)
            .ignore(JointAssessmentStarted.class, "an assessment is reported once completed")
            .ignore(ContributionAdded.class, "an assessment is reported once completed")
            .on(JointAssessmentCompleted.class, (e, nothing) -> true)
            .on(CarePackageArranged.class, (e, nothing) -> true)
            .on(CarePackageRevised.class, (e, nothing) -> true)
            .on(CarePackageAmended.class, (e, nothing) -> true)
            .ignore(CarePackageSuspended.class, "a suspended package is still arranged: its services stay open in the return")
            .ignore(CarePackageResumed.class, "a suspended package is still arranged: its services stay open in the return")
            .on(CarePackageEnded.class, (e, nothing) -> true)
            .ignore(ReviewScheduled.class, "a review is reported once completed")
            .on(ReviewCompleted.class, (e, nothing) -> true)
            .ignore(CarersAssessmentRequested.class, "a carer's assessment is reported once carried out")
            .on(CarersAssessmentCarriedOut.class, (e, nothing) -> true)
            .on(CarerSupportArranged.class, (e, nothing) -> true)
            .on(PersonDied.class, (e, nothing) -> true)
            .ignore(DeathNoticeAcknowledged.class, "who was told of a death is not in the return")
            .on(CareRecordClosed.class, (e, nothing) -> true)
            .on(CareRecordReopened.class, (e, nothing) -> true)
            .on(EntryMarkedEnteredInError.class, (e, nothing) -> true)
            .ignore(NursingTeamAssigned.class, "the nursing team is not in the return")
            .ignore(ConsentRecorded.class, "consent to share between professionals is not in the return")
            .ignore(EmergencyAccessGranted.class, "who looked at a record is not in the return")
            .ignore(PersonAdmittedToHospital.class, "hospital stays are NHS care; a package it suspends stays arranged")
            .ignore(AdmissionNoticeAcknowledged.class, "notices to the practice are not in the return")
            .ignore(DischargePlanned.class, "hospital stays are NHS care, not in the return")
            .ignore(PersonDischargedFromHospital.class, "hospital stays are NHS care; a referral from the hospital is its route of access")
            .ignore(DischargeNoticeRaised.class, "notices to the practice are not in the return")
            .ignore(DischargeNoticeAcknowledged.class, "notices to the practice are not in the return")
            .ignore(DischargeSummaryCorrected.class, "the discharge summary is not in the return")
            .ignore(NursingVisitRecorded.class, "district nursing is NHS care, not in the return")
            .ignore(SocialCareFollowUpRecorded.class, "a follow-up visit is not an event of the return")
            .ignore(RecordErased.class, "the view forgets the person's rows and kept state (its own handler)")
            .build();

    private final JdbcTemplate jdbc;
    private final KeptCareRecordStates records;

    public ClientLevelDataProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.records = new KeptCareRecordStates(jdbc, "cld_record_state");
    }

    @EventHandler
    public void on(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
        records.fold(event, sequenceNumber).ifPresent(step -> {
            if (Boolean.TRUE.equals(CHANGES_THE_ROWS.apply(event))) {
                String id = event.careRecordId().toString();
                jdbc.update("DELETE FROM cld_row WHERE care_record_id = ?", id);
                for (CldRow row : CldRows.of(step.after())) {
                    jdbc.update("INSERT INTO cld_row (event_reference, care_record_id, locality, event_type, start_date,"
                                    + " end_date, row_values) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            row.eventReference(), id, row.locality(), row.eventType(), Date.valueOf(row.startDate()),
                            row.endDate() == null ? null : Date.valueOf(row.endDate()), toJson(row.values()));
                }
            }
        });
    }

    /** The record was erased: the view forgets the person (ErasedRecords), carers' rows on their record with them. */
    @EventHandler
    void on(RecordErased event) {
        ErasedRecords.forgetByText(jdbc, event.careRecordId(), "cld_row", "cld_record_state");
        records.forget(event.careRecordId());
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM cld_row");
        records.forgetAll();
    }

    static String toJson(Map<CldColumn, String> values) {
        Map<String, String> byHeading = new LinkedHashMap<>();
        values.forEach((column, value) -> byHeading.put(column.name(), value));
        try {
            return JSON.writeValueAsString(byHeading);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep a row of the return", e);
        }
    }
}
