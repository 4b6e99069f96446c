package org.jointcare.carerecord.assessment;

/** Who is responsible for meeting an agreed need. */
public enum Responsibility {
    HEALTH,
    SOCIAL_CARE,
    JOINT
}
