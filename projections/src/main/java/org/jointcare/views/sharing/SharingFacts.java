package org.jointcare.views.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointcare.carerecord.consent.ConsentDecision;

/**
 * What decides who may see one person's record: the relationships (registered practice,
 * allocated linkworker, nursing team, open admission), the consent to share and any emergency
 * access recorded. The person's names, date of birth and NHS number are here so searches can
 * find them; the API decides what to show. This one record is what the views answer and what the
 * API's sharing rules decide on.
 *
 * @param nhsNumber                  ten digits, or null when the person has none
 * @param allocatedLinkworkerUserId  the linkworker of the latest accepted referral, or null
 * @param nursingTeamCode            the district nursing team assigned, or null
 * @param openAdmission              the admission the person is in hospital for now, or null
 * @param consentDecision            null until consent has been recorded
 * @param consentRecordedByOrganisationCode the organisation that recorded the consent decision:
 *                                   with consent refused, only it sees the record
 * @param consentLimits              what the person limited sharing to, when agreed with limits
 * @param emergencyAccessGrants      every emergency access recorded, expired ones included
 * @param lastDischarge              the last discharge recorded and by which trust, or null
 */
public record SharingFacts(
        UUID careRecordId,
        String nhsNumber,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String registeredPracticeCode,
        String locality,
        String allocatedLinkworkerUserId,
        String nursingTeamCode,
        OpenAdmission openAdmission,
        ConsentDecision consentDecision,
        String consentRecordedByOrganisationCode,
        String consentLimits,
        List<EmergencyAccessGrant> emergencyAccessGrants,
        boolean closed,
        LastDischarge lastDischarge) {

    public SharingFacts {
        emergencyAccessGrants = List.copyOf(emergencyAccessGrants);
    }

    /** The same facts with these emergency access grants. */
    public SharingFacts withEmergencyAccessGrants(List<EmergencyAccessGrant> grants) {
        return new SharingFacts(careRecordId, nhsNumber, givenName, familyName, dateOfBirth, registeredPracticeCode,
                locality, allocatedLinkworkerUserId, nursingTeamCode, openAdmission, consentDecision,
                consentRecordedByOrganisationCode, consentLimits, grants, closed, lastDischarge);
    }

    /** The admission a person is in hospital for, which gives that hospital's team a relationship. */
    public record OpenAdmission(UUID admissionId, String hospitalCode) {
    }

    /**
     * The person's last discharge and the trust whose team recorded it, which keeps a relationship
     * for the correction window ({@code DischargeCorrectionPolicy}); null when none was recorded.
     */
    public record LastDischarge(UUID admissionId, String hospitalCode, Instant recordedAt) {
    }

    public boolean consentRefused() {
        return consentDecision == ConsentDecision.REFUSED;
    }

    public boolean inHospital() {
        return openAdmission != null;
    }

    /** The emergency access this user holds at that instant, if any. */
    public Optional<EmergencyAccessGrant> emergencyAccessFor(String userId, Instant instant) {
        return emergencyAccessGrants.stream()
                .filter(grant -> grant.userId().equals(userId) && grant.activeAt(instant))
                .findFirst();
    }
}
