package org.jointcare.carerecord;

/**
 * Who did something to a care record: the user, the role they acted in and the
 * organisation (ODS code of a practice, trust or local authority team) they acted for.
 */
public record Actor(String userId, Role role, String organisationCode) {

    public Actor {
        if (userId == null || userId.isBlank() || role == null
                || organisationCode == null || organisationCode.isBlank()) {
            throw new CareRuleViolation(CareRule.ACTOR_REQUIRED,
                    "Every change to a care record must name who made it: user, role and organisation.");
        }
    }
}
