package org.jointcare.views.operations;

import java.time.Duration;

/**
 * What a rebuild did.
 *
 * @param eventsReplayed events applied again (subscribing views); -1 for streaming views, whose
 *                       processor does not count them — {@code headPosition} says how far it went
 * @param headPosition   the global position of the newest event when the rebuild began
 */
public record RebuildReport(String processingGroup, long eventsReplayed, long headPosition, Duration took) {
}
