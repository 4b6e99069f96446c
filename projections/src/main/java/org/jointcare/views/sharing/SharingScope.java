package org.jointcare.views.sharing;

import java.time.Instant;
import java.util.Set;

/**
 * The people a professional's work relates them to, as the sharing view can find them in SQL:
 * those registered at any of {@code practiceCodes}, allocated to {@code linkworkerUserId}, on
 * {@code nursingTeamCode}'s caseload, or with an open admission at {@code hospitalCode}; and,
 * when {@code emergencyAccessUserId} is set, anyone that user holds emergency access to at
 * {@code at}. A null axis reaches no one. The scope only narrows a search: whether each person
 * found may be shown (consent, say) is still for the API's sharing policy to decide.
 */
public record SharingScope(
        Set<String> practiceCodes,
        String linkworkerUserId,
        String nursingTeamCode,
        String hospitalCode,
        String emergencyAccessUserId,
        Instant at) {

    public static final SharingScope NOBODY = new SharingScope(Set.of(), null, null, null, null, null);

    public SharingScope {
        practiceCodes = practiceCodes == null ? Set.of() : Set.copyOf(practiceCodes);
        if (emergencyAccessUserId != null && at == null) {
            throw new IllegalArgumentException("emergency access is only held at an instant: give 'at'");
        }
    }

    public static SharingScope ofPractices(Set<String> practiceCodes) {
        return new SharingScope(practiceCodes, null, null, null, null, null);
    }

    /** This scope, widened to the people {@code userId} holds unexpired emergency access to at that instant. */
    public SharingScope withEmergencyAccessOf(String userId, Instant instant) {
        return new SharingScope(practiceCodes, linkworkerUserId, nursingTeamCode, hospitalCode, userId, instant);
    }

    /** True when no axis can reach anyone, so there is nothing to ask the database. */
    public boolean reachesNoOne() {
        return practiceCodes.isEmpty() && linkworkerUserId == null && nursingTeamCode == null && hospitalCode == null
                && emergencyAccessUserId == null;
    }
}
