package org.jointcare.carerecord.referral;

/** How a referral ended without a joint assessment. */
public enum ReferralClosure {
    SIMPLE_NEED_MET,
    SIGNPOSTED,
    DECLINED,
    WITHDRAWN_ON_RECORD_CLOSURE
}
