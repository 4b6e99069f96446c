package org.jointcare.api.directory;

import java.util.Set;

/**
 * A community (district) nursing team. {@code organisationCode} is the NHS trust that employs it;
 * {@code practicesServed} are the ODS codes of the practices whose patients it visits.
 */
public record NursingTeam(String code, String name, String organisationCode, Set<String> practicesServed) {

    public NursingTeam {
        practicesServed = practicesServed == null ? Set.of() : Set.copyOf(practicesServed);
    }

    public boolean serves(String practiceCode) {
        return practicesServed.contains(practiceCode);
    }
}
