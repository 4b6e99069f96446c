package org.jointcare.carerecord.carepackage;

/** Who pays: fully health funded, fully social care funded, or jointly funded with a split. */
public enum FundingStream {
    HEALTH,
    SOCIAL_CARE,
    JOINT
}
