package org.jointcare.views.sharing;

import java.time.Instant;
import java.util.UUID;
import org.jointcare.carerecord.Role;

/** Recorded emergency access to one person's record: who, for what reason, until when. */
public record EmergencyAccessGrant(
        UUID accessId,
        String userId,
        Role role,
        String organisationCode,
        String reason,
        Instant grantedAt,
        Instant expiresAt) {

    /** Access lasts until (not including) its expiry instant. */
    public boolean activeAt(Instant instant) {
        return !instant.isBefore(grantedAt) && instant.isBefore(expiresAt);
    }
}
