package org.jointcare.carerecord.hospital;

/** Who a discharge follow-up action is asked of. */
public enum FollowUpFor {
    GP,
    DISTRICT_NURSE,
    SOCIAL_CARE
}
