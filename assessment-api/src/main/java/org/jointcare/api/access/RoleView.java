package org.jointcare.api.access;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A view of type {@code T} as one role may read it, labelled with the view's name. It is written
 * out exactly as {@link RoleFieldFilter} left it for that role (clinical content gone for a
 * linkworker, by its type), and a handler answers it typed by what it holds, so the API
 * description shows the view's own schema.
 */
public final class RoleView<T> {

    private final JsonNode written;

    RoleView(JsonNode written) {
        this.written = written;
    }

    /** What goes out: the view as filtered for the role, its name first. */
    @JsonValue
    public JsonNode written() {
        return written;
    }
}
