package org.jointcare.api.access;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.jointcare.carerecord.Role;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Each role sees the fields its work needs. A linkworker works from the joint assessment, not
 * the clinical record: the GP's medical history and prognosis, a discharge's clinical summary
 * and medication changes, and any other clinical detail are taken out of whatever view they
 * read, wherever those fields sit in it. Other roles that reach a person see the record whole.
 */
@Component
public class RoleFieldFilter {

    static final Set<String> CLINICAL_FIELDS = Set.of(
            "clinicalSummary", "medicationChanges", "medicalHistory", "prognosis", "clinicalDetail");

    private final ObjectMapper json;

    public RoleFieldFilter(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode visibleTo(Role role, Object view) {
        JsonNode tree = json.valueToTree(view);
        if (role == Role.LINKWORKER) {
            removeClinical(tree);
        }
        return tree;
    }

    private static void removeClinical(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (CLINICAL_FIELDS.contains(field.getKey())) {
                    fields.remove();
                } else {
                    removeClinical(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(RoleFieldFilter::removeClinical);
        }
    }
}
