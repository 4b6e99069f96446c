package org.jointcare.interop.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Resource ids derived from what they describe (name-based UUIDs), never random: the same
 * notice exported twice is the same document with the same ids, so a receiving system can
 * recognise a document it already holds.
 */
final class StableIds {

    private StableIds() {
    }

    static String of(String kind, Object... parts) {
        String name = kind + ":" + Arrays.stream(parts).map(String::valueOf).collect(Collectors.joining("/"));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String urn(String id) {
        return "urn:uuid:" + id;
    }
}
