package org.jointcare.views.operations;

/**
 * The outcome of retrying a view's dead letters.
 *
 * @param sequencesRetried people whose parked events were all handled this time
 * @param stillDead        events still parked after the retry (their fault is not cleared yet)
 */
public record RetryReport(String processingGroup, int sequencesRetried, long stillDead) {
}
