package org.jointcare.api.access;

import java.util.Iterator;
import java.util.UUID;

import org.jointcare.api.security.CareProfessional;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * A list built for a practice or team may still hold someone the professional must not see (the
 * person refused consent, say): every item naming a care record is checked against the sharing
 * policy and dropped when refused, so lists hide people exactly as reads by id do.
 */
@Component
public class ReachablePeople {

    private final SharingFactsSource facts;
    private final SharingPolicy policy;
    private final java.time.Clock clock;

    public ReachablePeople(SharingFactsSource facts, SharingPolicy policy, java.time.Clock clock) {
        this.facts = facts;
        this.policy = policy;
        this.clock = clock;
    }

    /** Removes, from the array at {@code itemsField} of the page, the items about people this professional may not reach. */
    public JsonNode only(CareProfessional who, JsonNode page, String itemsField) {
        JsonNode items = page.get(itemsField);
        int hidden = 0;
        if (items instanceof ArrayNode array) {
            Iterator<JsonNode> each = array.elements();
            while (each.hasNext()) {
                if (!reachable(who, each.next())) {
                    each.remove();
                    hidden++;
                }
            }
        }
        // a total that still counted the hidden would say that someone is there
        if (hidden > 0 && page instanceof com.fasterxml.jackson.databind.node.ObjectNode object
                && object.path("totalItems").isNumber()) {
            object.put("totalItems", Math.max(0, object.get("totalItems").asLong() - hidden));
        }
        return page;
    }

    private boolean reachable(CareProfessional who, JsonNode item) {
        JsonNode id = item.findValue("careRecordId");
        if (id == null || !id.isTextual()) {
            return true;
        }
        UUID careRecordId;
        try {
            careRecordId = UUID.fromString(id.asText());
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
        return facts.factsForDecision(careRecordId)
                .map(person -> policy.decide(who, person, clock.instant()).allowed())
                .orElse(false);
    }
}
