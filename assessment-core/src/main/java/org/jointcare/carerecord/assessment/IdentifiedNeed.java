package org.jointcare.carerecord.assessment;

/** A need found by one discipline's contribution. */
public record IdentifiedNeed(NeedDomain domain, NeedLevel level, String description) {
}
