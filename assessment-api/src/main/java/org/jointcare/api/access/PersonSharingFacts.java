package org.jointcare.api.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jointcare.carerecord.consent.ConsentDecision;

/**
 * What the sharing rules need to know about one person, as the care record stands now: where
 * they are registered, who is allocated to them, which nursing team serves them, whether they
 * are in hospital (or were discharged by which trust), what they decided about sharing and which
 * emergency access is open.
 * {@code version} is the record's aggregate version (its last event's sequence number).
 */
public record PersonSharingFacts(
        UUID careRecordId,
        long version,
        String nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String registeredPracticeCode,
        String locality,
        Set<String> allocatedLinkworkerUserIds,
        String nursingTeamCode,
        OpenAdmission openAdmission,
        ConsentDecision consent,
        String consentRecordedByOrganisation,
        List<EmergencyGrant> emergencyGrants,
        boolean closed,
        LastDischarge lastDischarge) {

    public PersonSharingFacts {
        allocatedLinkworkerUserIds = allocatedLinkworkerUserIds == null ? Set.of() : Set.copyOf(allocatedLinkworkerUserIds);
        emergencyGrants = emergencyGrants == null ? List.of() : List.copyOf(emergencyGrants);
    }

    public record OpenAdmission(UUID admissionId, String hospitalCode) {
    }

    /** The last discharge recorded, by which trust and when: that trust keeps the correction window from then. */
    public record LastDischarge(UUID admissionId, String hospitalCode, Instant recordedAt) {
    }

    public record EmergencyGrant(UUID accessId, String userId, String reason, Instant grantedAt, Instant expiresAt) {
        /** Access lasts from when it was granted until (not including) its expiry. */
        public boolean validAt(Instant now) {
            return !now.isBefore(grantedAt) && now.isBefore(expiresAt);
        }
    }
}
