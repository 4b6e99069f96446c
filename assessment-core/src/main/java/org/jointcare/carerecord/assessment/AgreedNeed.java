package org.jointcare.carerecord.assessment;

import org.jointcare.carerecord.Personal;
/** A need agreed on completing the joint assessment, with who is responsible for meeting it. */
public record AgreedNeed(NeedDomain domain, NeedLevel level, Responsibility responsibility, @Personal String description) {
}
