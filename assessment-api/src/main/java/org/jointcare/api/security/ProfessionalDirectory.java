package org.jointcare.api.security;

import java.util.Optional;
import java.util.Set;

/**
 * Where the API learns who a professional is and what their teams serve. The application's
 * directory of practices, teams and professionals stands behind it.
 */
public interface ProfessionalDirectory {

    /** The professional with this user id and their password hash (bcrypt), if there is one. */
    Optional<ProfessionalAccount> account(String userId);

    /** The practices a district nursing team serves; empty for an unknown team. */
    Set<String> practicesServedBy(String nursingTeamCode);

    record ProfessionalAccount(CareProfessional professional, String passwordHash) {
    }
}
