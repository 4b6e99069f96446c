package org.jointcare.carerecord.consent;

public enum ConsentDecision {
    AGREED,
    AGREED_WITH_LIMITS,
    REFUSED
}
