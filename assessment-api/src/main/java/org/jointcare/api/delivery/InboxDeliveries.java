package org.jointcare.api.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.jointcare.interop.fhir.NoticeMessages.Notice;
import org.springframework.stereotype.Component;

/**
 * Adds to each notice of a GP inbox page what happened to its delivery to the practice's system
 * ({@code delivery}: a {@link DeliveryReport}; null when the notice was not for delivery, the
 * practice having had no endpoint). The outbox is not a view, so this is read beside the view,
 * not kept in it.
 */
@Component
public class InboxDeliveries {

    private final DeliveryOutbox outbox;
    private final ObjectMapper json;

    public InboxDeliveries(DeliveryOutbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    public JsonNode withDeliveries(JsonNode inboxPage) {
        JsonNode items = inboxPage.path("items");
        for (JsonNode item : items) {
            if (item instanceof ObjectNode notice && notice.hasNonNull("kind") && notice.hasNonNull("admissionId")) {
                notice.set("delivery", outbox.of(Notice.valueOf(notice.get("kind").asText()),
                                UUID.fromString(notice.get("admissionId").asText()))
                        .<JsonNode>map(delivery -> json.valueToTree(DeliveryReport.of(delivery)))
                        .orElse(notice.nullNode()));
            }
        }
        return inboxPage;
    }
}
