package org.jointcare.api.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices are delivered to practices' systems ({@code jointcare.delivery.*}, docs/operations.md).
 *
 * @param send             false: notices are still queued, but this node sends none (for a node
 *                         that must not reach the practices' network)
 * @param pollInterval     how often the outbox is looked at for notices due
 * @param timeout          how long one attempt may take, connecting included
 * @param firstRetryAfter  the wait after the first failed attempt; it doubles with each failure ...
 * @param longestRetryAfter ... up to this
 * @param maxAttempts      attempts before a notice is parked (given up)
 * @param giveUpAfter      a notice still unsent this long after it was queued is parked too
 * @param batchSize        notices claimed per look at the outbox
 * @param sourceEndpoint   JointCare's FHIR base URL as the practice's system sees it (the message's source)
 * @param nodeId           this node's name on the rows it claims; blank: the host and process
 */
@ConfigurationProperties("jointcare.delivery")
public record DeliverySettings(
        @DefaultValue("true") boolean send,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("30s") Duration firstRetryAfter,
        @DefaultValue("1h") Duration longestRetryAfter,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("72h") Duration giveUpAfter,
        @DefaultValue("20") int batchSize,
        @DefaultValue("http://localhost:8080/fhir/R4") String sourceEndpoint,
        @DefaultValue("") String nodeId) {

    /** The wait after the {@code failures}-th failed attempt in a row. */
    Duration retryAfter(int failures) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < failures && wait.compareTo(longestRetryAfter) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetryAfter) > 0 ? longestRetryAfter : wait;
    }

    /**
     * How long a claimed notice is held by its sender: longer than an attempt can take (building the
     * message, connecting and waiting for the answer), so no other node takes it while it is in flight.
     */
    Duration claimFor() {
        return timeout.multipliedBy(3).plusSeconds(30);
    }
}
