package org.jointcare.carerecord.closure;

public enum ClosureReason {
    DIED,
    MOVED_AWAY,
    NO_LONGER_NEEDS_SERVICES
}
