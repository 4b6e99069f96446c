package org.jointcare.api.security;

import java.io.Serializable;
import java.util.Set;

import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Role;

/**
 * The professional behind a request, once authenticated: who they are and the relationships
 * their work gives them (practice attachments for a linkworker, the nursing team for a district
 * nurse). The organisation code is the one an {@link Actor} carries.
 */
public record CareProfessional(
        String userId,
        String displayName,
        Role role,
        String organisationCode,
        Set<String> attachedPracticeCodes,
        String nursingTeamCode) implements Serializable {

    public CareProfessional {
        attachedPracticeCodes = attachedPracticeCodes == null ? Set.of() : Set.copyOf(attachedPracticeCodes);
    }

    /** Who did it, as every command and event names it. */
    public Actor actor() {
        return new Actor(userId, role, organisationCode);
    }
}
