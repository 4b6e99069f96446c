package org.jointcare.carerecord.referral;

/** Who asked for help: any member of the primary care team, the person, a carer, a hospital, social services or a voluntary organisation. */
public enum ReferralSource {
    GP,
    DISTRICT_NURSE,
    HEALTH_VISITOR,
    PRACTICE_NURSE,
    SELF,
    CARER,
    HOSPITAL,
    SOCIAL_SERVICES,
    VOLUNTARY_ORGANISATION
}
