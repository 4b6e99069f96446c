package org.jointcare.api.records;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jointcare.api.access.PersonAccess;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.api.access.RoleFieldFilter;
import org.jointcare.api.access.RoleView;
import org.jointcare.api.carerecord.CurrentRecords;
import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.api.security.Handles;
import org.jointcare.api.web.RecordVersions;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reading one person's care record, for the professionals with a legitimate relationship. */
@RestController
@Tag(name = "Care record", description = "Reading one person's record")
public class CareRecordReadController {

    /** Who the person is and who works with them: no clinical content, so every role that reaches them sees it whole. */
    public record CareRecordSummary(
            String view,
            UUID careRecordId,
            long version,
            String nhsNumber,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            String registeredPracticeCode,
            String locality,
            String nursingTeamCode,
            Set<String> allocatedLinkworkerUserIds,
            boolean inHospital,
            String hospitalCode,
            ConsentDecision consent,
            boolean closed) {

        static CareRecordSummary of(SharingFacts person, long version) {
            return new CareRecordSummary("Care record summary", person.careRecordId(), version,
                    person.nhsNumber(), person.givenName(), person.familyName(), person.dateOfBirth(),
                    person.registeredPracticeCode(), person.locality(), person.nursingTeamCode(),
                    person.allocatedLinkworkerUserId() == null ? Set.of() : Set.of(person.allocatedLinkworkerUserId()),
                    person.openAdmission() != null,
                    person.openAdmission() == null ? null : person.openAdmission().hospitalCode(),
                    person.consentDecision(), person.closed());
        }
    }

    private final PersonAccess access;
    private final CurrentRecords currentRecords;
    private final RoleFieldFilter fields;

    public CareRecordReadController(PersonAccess access, CurrentRecords currentRecords, RoleFieldFilter fields) {
        this.access = access;
        this.currentRecords = currentRecords;
        this.fields = fields;
    }

    @Handles(ApiEndpoint.READ_CARE_RECORD)
    @Operation(summary = "Read the summary of a person's care record",
            description = "404 when there is no such record or you have no relationship with the person. The ETag is the record's version."
                    + " The whole record as it stands is at /care-records/{careRecordId}/current.")
    public ResponseEntity<CareRecordSummary> read(@PathVariable UUID careRecordId,
                                                  @AuthenticationPrincipal CareProfessional who) {
        SharingFacts person = access.reach(who, careRecordId, ApiEndpoint.READ_CARE_RECORD);
        long version = access.versionOf(careRecordId);
        return ResponseEntity.ok().eTag(RecordVersions.etag(version)).body(CareRecordSummary.of(person, version));
    }

    @Handles(ApiEndpoint.READ_CURRENT_RECORD)
    @Operation(summary = "The whole record as it stands now: referrals, assessments and their contributions, the package in force,"
            + " hospital stays, reviews, consent and closure, with the ids later commands need",
            description = "Read from the person's events at the moment of asking, so it always holds your own last write."
                    + " Clinical detail is left out for linkworkers. 404 as for the summary. The ETag is the record's version.")
    public ResponseEntity<RoleView<CurrentRecords.CurrentRecord>> current(@PathVariable UUID careRecordId, @AuthenticationPrincipal CareProfessional who) {
        access.reach(who, careRecordId, ApiEndpoint.READ_CURRENT_RECORD);
        CurrentRecords.CurrentRecord record = currentRecords.current(careRecordId)
                .orElseThrow(org.jointcare.api.access.NoSuchCareRecord::new);
        return ResponseEntity.ok().eTag(RecordVersions.etag(record.version()))
                .body(fields.view(who.role(), "Current care record", record));
    }
}
