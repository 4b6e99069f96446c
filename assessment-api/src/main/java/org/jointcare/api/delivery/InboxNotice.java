package org.jointcare.api.delivery;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jointcare.views.gppractice.GpPracticeItems.GpNotice;

/**
 * One notice of the GP inbox as the API answers it: the notice as the GP practice view holds it,
 * its fields written at the top level, and what happened to its delivery to the practice's
 * system. The outbox is not a view, so the delivery is read beside the view, not kept in it.
 *
 * @param delivery null when the notice was not for delivery (the practice had no endpoint when it
 *                 was raised)
 */
public record InboxNotice(
        @JsonUnwrapped GpNotice notice,
        @Schema(description = "What happened to the notice's delivery to the practice's system; null when none was due"
                + " (the practice had no delivery endpoint when the notice was raised)", nullable = true)
        DeliveryReport delivery) {
}
