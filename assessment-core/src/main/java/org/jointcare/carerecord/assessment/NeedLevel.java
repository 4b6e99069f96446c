package org.jointcare.carerecord.assessment;

/** How great a need is. */
public enum NeedLevel {
    LOW,
    MODERATE,
    SUBSTANTIAL,
    CRITICAL
}
