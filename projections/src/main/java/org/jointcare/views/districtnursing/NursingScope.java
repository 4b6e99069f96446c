package org.jointcare.views.districtnursing;

import java.util.Set;

/**
 * Whose worklist to show: the people assigned to a nursing team, the population of the
 * practices it serves, or both together.
 *
 * @param nursingTeamCode the team (e.g. DN-NORTH), or null for practices only
 * @param practiceCodes   the practices the team serves (may be empty)
 */
public record NursingScope(String nursingTeamCode, Set<String> practiceCodes) {

    public NursingScope {
        practiceCodes = practiceCodes == null ? Set.of() : Set.copyOf(practiceCodes);
        if ((nursingTeamCode == null || nursingTeamCode.isBlank()) && practiceCodes.isEmpty()) {
            throw new IllegalArgumentException("A worklist belongs to a nursing team or to at least one practice");
        }
    }

    public static NursingScope ofTeam(String nursingTeamCode) {
        return new NursingScope(nursingTeamCode, Set.of());
    }

    public static NursingScope ofTeamServing(String nursingTeamCode, Set<String> practiceCodes) {
        return new NursingScope(nursingTeamCode, practiceCodes);
    }

    boolean hasTeam() {
        return nursingTeamCode != null && !nursingTeamCode.isBlank();
    }
}
