package org.jointcare.api.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.CareProfessional;
import org.jointcare.views.sharing.SharingFacts;
import org.jointcare.views.sharing.SharingQueries;
import org.jointcare.views.sharing.SharingScope;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A list built for a practice or team may still hold someone the professional must not see (the
 * person refused consent, say): every person the list names is decided by the sharing policy
 * through {@link PersonAccess#reachable}, which writes one access-log row per person, and the
 * items about people refused are dropped, so lists hide and log people exactly as reads by id do.
 */
@Component
public class ReachablePeople {

    private final SharingQueries facts;
    private final PersonAccess access;

    public ReachablePeople(SharingQueries facts, PersonAccess access) {
        this.facts = facts;
        this.access = access;
    }

    /**
     * The people every list must leave out for this professional, in its page and in its total: those
     * whose refused consent hides them from this professional now (unless emergency access lets them
     * through), decided by the same policy as every read.
     */
    public Set<UUID> hiddenFrom(CareProfessional who) {
        Instant now = access.clock().instant();
        Set<UUID> hidden = new HashSet<>();
        SharingScope scope = access.policy().scopeOf(who);
        for (SharingFacts person : facts.consentRefusedOutside(scope, who.organisationCode())) {
            if (!access.policy().decide(who, person, now).allowed()) {
                hidden.add(person.careRecordId());
            }
        }
        return hidden;
    }

    /** Removes, from the array at {@code itemsField} of the view, the items about people this professional may not reach. */
    public <T> RoleView<T> only(CareProfessional who, RoleView<T> view, String itemsField, ApiEndpoint action) {
        only(who, view.written(), itemsField, action);
        return view;
    }

    private JsonNode only(CareProfessional who, JsonNode page, String itemsField, ApiEndpoint action) {
        if (!(page.get(itemsField) instanceof ArrayNode items)) {
            return page;
        }
        Set<UUID> allowed = allowedAmong(who, peopleNamedIn(items), action);
        int hidden = 0;
        Iterator<JsonNode> each = items.elements();
        while (each.hasNext()) {
            Optional<UUID> person = careRecordIdOf(each.next());
            if (person.isPresent() && !allowed.contains(person.get())) {
                each.remove();
                hidden++;
            }
        }
        // a total that still counted the hidden would say that someone is there (lists leave out those
        // whom refused consent hides, page and total alike, so this is only a last guard)
        if (hidden > 0 && page instanceof ObjectNode object && object.path("totalItems").isNumber()) {
            object.put("totalItems", Math.max(0, object.get("totalItems").asLong() - hidden));
        }
        return page;
    }

    private Set<UUID> allowedAmong(CareProfessional who, Set<UUID> named, ApiEndpoint action) {
        List<SharingFacts> known = new ArrayList<>(named.size());
        named.forEach(id -> facts.factsFor(id).ifPresent(known::add));
        Set<UUID> allowed = new HashSet<>();
        access.reachable(who, known, action).forEach(person -> allowed.add(person.careRecordId()));
        return allowed;
    }

    private static Set<UUID> peopleNamedIn(ArrayNode items) {
        Set<UUID> named = new LinkedHashSet<>();
        items.forEach(item -> careRecordIdOf(item).ifPresent(named::add));
        return named;
    }

    /** The person an item is about; an id that is not a UUID names no one we could let through. */
    private static Optional<UUID> careRecordIdOf(JsonNode item) {
        JsonNode id = item.findValue("careRecordId");
        if (id == null || !id.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.asText()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.of(new UUID(0, 0));
        }
    }
}
