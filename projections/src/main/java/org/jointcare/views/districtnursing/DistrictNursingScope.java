package org.jointcare.views.districtnursing;

import java.util.Set;
import java.util.UUID;

import org.jointcare.views.HiddenPeople;

/**
 * Whose worklist to show: the people assigned to a nursing team, the population of the
 * practices it serves, or both together.
 *
 * @param nursingTeamCode the team (e.g. DN-NORTH), or null for practices only
 * @param practiceCodes   the practices the team serves (may be empty)
 * @param hidden          people left out of every list and count (see {@link HiddenPeople})
 */
public record DistrictNursingScope(String nursingTeamCode, Set<String> practiceCodes, Set<UUID> hidden) {

    public DistrictNursingScope(String nursingTeamCode, Set<String> practiceCodes) {
        this(nursingTeamCode, practiceCodes, Set.of());
    }

    public DistrictNursingScope {
        practiceCodes = practiceCodes == null ? Set.of() : Set.copyOf(practiceCodes);
        hidden = HiddenPeople.copy(hidden);
        if ((nursingTeamCode == null || nursingTeamCode.isBlank()) && practiceCodes.isEmpty()) {
            throw new IllegalArgumentException("A worklist belongs to a nursing team or to at least one practice");
        }
    }

    public static DistrictNursingScope ofTeam(String nursingTeamCode) {
        return new DistrictNursingScope(nursingTeamCode, Set.of());
    }

    public static DistrictNursingScope ofTeamServing(String nursingTeamCode, Set<String> practiceCodes) {
        return new DistrictNursingScope(nursingTeamCode, practiceCodes);
    }

    /** The same worklist without these people, in its lists and in its counts. */
    public DistrictNursingScope without(Set<UUID> people) {
        return new DistrictNursingScope(nursingTeamCode, practiceCodes, people);
    }

    boolean hasTeam() {
        return nursingTeamCode != null && !nursingTeamCode.isBlank();
    }
}
