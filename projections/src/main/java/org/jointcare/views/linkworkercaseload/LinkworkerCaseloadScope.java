package org.jointcare.views.linkworkercaseload;

import java.util.Set;
import java.util.UUID;

import org.jointcare.views.HiddenPeople;

/**
 * Whose caseload to show: a linkworker's own (the people allocated to them and the assessments
 * they lead), the population of the practices they are attached to, or both together.
 *
 * @param linkworkerUserId the linkworker, or null for practices only
 * @param practiceCodes    the registered practices (may be empty)
 * @param hidden           people left out of every list and count (see {@link HiddenPeople})
 */
public record LinkworkerCaseloadScope(String linkworkerUserId, Set<String> practiceCodes, Set<UUID> hidden) {

    public LinkworkerCaseloadScope(String linkworkerUserId, Set<String> practiceCodes) {
        this(linkworkerUserId, practiceCodes, Set.of());
    }

    public LinkworkerCaseloadScope {
        practiceCodes = practiceCodes == null ? Set.of() : Set.copyOf(practiceCodes);
        hidden = HiddenPeople.copy(hidden);
        if ((linkworkerUserId == null || linkworkerUserId.isBlank()) && practiceCodes.isEmpty()) {
            throw new IllegalArgumentException("A caseload belongs to a linkworker or to at least one practice");
        }
    }

    public static LinkworkerCaseloadScope ofLinkworker(String linkworkerUserId) {
        return new LinkworkerCaseloadScope(linkworkerUserId, Set.of());
    }

    public static LinkworkerCaseloadScope ofPractices(String... practiceCodes) {
        return new LinkworkerCaseloadScope(null, Set.of(practiceCodes));
    }

    public static LinkworkerCaseloadScope of(String linkworkerUserId, Set<String> practiceCodes) {
        return new LinkworkerCaseloadScope(linkworkerUserId, practiceCodes);
    }

    /** The same caseload without these people, in its lists and in its counts. */
    public LinkworkerCaseloadScope without(Set<UUID> people) {
        return new LinkworkerCaseloadScope(linkworkerUserId, practiceCodes, people);
    }

    boolean hasLinkworker() {
        return linkworkerUserId != null && !linkworkerUserId.isBlank();
    }
}
