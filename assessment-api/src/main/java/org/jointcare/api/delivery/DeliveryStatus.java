package org.jointcare.api.delivery;

/** Where the delivery of one notice to its practice's system stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt. */
    PENDING,
    /** An attempt failed; it is tried again at {@code nextAttemptAt}. */
    RETRYING,
    /** The practice's system took it (answered 2xx). */
    SENT,
    /** Parked: too many attempts, or too long since it was queued. Only an operator's retry sends it again. */
    GIVEN_UP,
    /** Not sent, and never will be: the admission it announced was marked entered in error before it went ({@code givenUpAt} says when). */
    WITHDRAWN
}
