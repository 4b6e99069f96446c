package org.jointcare.carerecord.assessment;

import org.jointcare.carerecord.Personal;
/** A need found by one discipline's contribution. */
public record IdentifiedNeed(NeedDomain domain, NeedLevel level, @Personal String description) {
}
