package org.jointcare.views.caseload;

import java.util.Set;

/**
 * Whose caseload to show: a linkworker's own (the people allocated to them and the assessments
 * they lead), the population of the practices they are attached to, or both together.
 *
 * @param linkworkerUserId the linkworker, or null for practices only
 * @param practiceCodes    the registered practices (may be empty)
 */
public record CaseloadScope(String linkworkerUserId, Set<String> practiceCodes) {

    public CaseloadScope {
        practiceCodes = practiceCodes == null ? Set.of() : Set.copyOf(practiceCodes);
        if ((linkworkerUserId == null || linkworkerUserId.isBlank()) && practiceCodes.isEmpty()) {
            throw new IllegalArgumentException("A caseload belongs to a linkworker or to at least one practice");
        }
    }

    public static CaseloadScope ofLinkworker(String linkworkerUserId) {
        return new CaseloadScope(linkworkerUserId, Set.of());
    }

    public static CaseloadScope ofPractices(String... practiceCodes) {
        return new CaseloadScope(null, Set.of(practiceCodes));
    }

    public static CaseloadScope of(String linkworkerUserId, Set<String> practiceCodes) {
        return new CaseloadScope(linkworkerUserId, practiceCodes);
    }

    boolean hasLinkworker() {
        return linkworkerUserId != null && !linkworkerUserId.isBlank();
    }
}
