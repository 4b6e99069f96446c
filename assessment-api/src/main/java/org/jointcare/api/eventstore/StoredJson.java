package org.jointcare.api.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON shapes written to the event store. They are fixed here, in code, and never follow
 * {@code spring.jackson.*}: a change there must not silently change how stored events read back.
 * Neither mapper is a Spring bean, so Spring MVC keeps its own.
 */
final class StoredJson {

    private StoredJson() {
    }

    /**
     * Events are records: their components are the stored fields. Instants and dates are ISO-8601
     * strings; unknown properties are ignored so an older reader (or an upcaster) survives an
     * added field.
     */
    static ObjectMapper events() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .build();
    }

    /**
     * Snapshots hold the aggregate's own state: private fields without getters. They are read by
     * field, never through methods. A snapshot of another shape (the aggregate's {@code @Revision})
     * is skipped by Axon and the record rebuilt from its events.
     */
    static ObjectMapper snapshots() {
        ObjectMapper mapper = events();
        mapper.setVisibility(PropertyAccessor.ALL, Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        mapper.setVisibility(PropertyAccessor.CREATOR, Visibility.ANY);
        return mapper;
    }
}
