package org.jointcare.carerecord.review;

/** Why a review was scheduled. */
public enum ReviewTrigger {
    PACKAGE_STARTED,
    PACKAGE_CHANGED,
    ANNUAL,
    ON_REQUEST,
    CHANGE_IN_CIRCUMSTANCES
}
