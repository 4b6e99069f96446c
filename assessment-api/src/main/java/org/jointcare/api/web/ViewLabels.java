package org.jointcare.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A view's answer starts with the view's name, so a reader of the JSON knows what they hold. */
public final class ViewLabels {

    private ViewLabels() {
    }

    public static JsonNode labelled(String view, JsonNode body) {
        if (body instanceof ObjectNode object) {
            ObjectNode labelled = object.objectNode().put("view", view);
            labelled.setAll(object);
            return labelled;
        }
        return body;
    }
}
