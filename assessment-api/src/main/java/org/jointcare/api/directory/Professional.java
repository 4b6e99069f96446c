package org.jointcare.api.directory;

import java.util.Set;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Role;

/**
 * Someone who logs in and works with care records.
 *
 * @param organisationCode      what their Actor carries: practice ODS code (GP practice), social
 *                              care team (linkworker), nursing team (district nurse), trust
 *                              (hospital discharge team) or their organisation
 * @param attachedPracticeCodes the practices a linkworker is attached to (empty for other roles)
 * @param nursingTeamCode       a district nurse's team, null for other roles
 * @param passwordHash          Spring Security's delegating format ({bcrypt}...); never logged
 */
public record Professional(
        String userId,
        String displayName,
        Role role,
        String organisationCode,
        Set<String> attachedPracticeCodes,
        String nursingTeamCode,
        String passwordHash) {

    public Professional {
        attachedPracticeCodes = attachedPracticeCodes == null ? Set.of() : Set.copyOf(attachedPracticeCodes);
    }

    /** Who they are on the events they cause. */
    public Actor asActor() {
        return new Actor(userId, role, organisationCode);
    }

    @Override
    public String toString() {
        // the hash stays out of logs and error messages
        return "Professional[userId=" + userId + ", role=" + role + ", organisationCode=" + organisationCode + "]";
    }
}
