package org.jointcare.views.operations;

import org.jointcare.views.ViewDefinition;

/**
 * Where one view stands.
 *
 * @param segmentCount  the segments of the event stream this node is processing (1 for a view at
 *                      work, 0 for a streaming view not yet started or held by another node)
 * @param position      the lowest global event index every segment has handled (streaming);
 *                      -1 when nothing has been handled or the view is subscribing
 * @param headPosition  the newest global event index in the event store, -1 when it is empty
 * @param deadLetters   events parked in the view's dead-letter queue
 */
public record ViewStatus(
        String processingGroup,
        ViewDefinition.Mode mode,
        int batchSize,
        int segmentCount,
        boolean running,
        boolean replaying,
        boolean caughtUp,
        long position,
        long headPosition,
        long deadLetters,
        String error) {
}
