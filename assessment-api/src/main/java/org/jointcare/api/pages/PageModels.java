package org.jointcare.api.pages;

import java.util.Map;

import org.jointcare.api.access.RoleView;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a page shows of a view is what the API answers for it: the {@link RoleView} exactly as the
 * role's field filter left it, turned into maps for the template. A page never reads a view's
 * typed record itself, so it cannot show a field the API would have left out for the role.
 */
@Component
public class PageModels {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public PageModels(ObjectMapper json) {
        this.json = json;
    }

    public Map<String, Object> of(RoleView<?> view) {
        return json.convertValue(view.written(), MAP);
    }

    /** For a command's answer or anything else the API writes as JSON. */
    public Map<String, Object> ofAnswer(Object answer) {
        return json.convertValue(answer, MAP);
    }

    /** The record version a page's view shows, which its form is sent against (If-Match). */
    public static long version(Map<String, Object> record) {
        return ((Number) record.get("version")).longValue();
    }
}
