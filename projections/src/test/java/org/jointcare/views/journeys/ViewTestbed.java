package org.jointcare.views.journeys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.views.CareRecordEvents;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A view under test: an in-memory H2 database migrated by the project's Flyway scripts, an
 * in-memory event log standing in for the event store, and the view's handlers called through
 * Axon's annotation adapter exactly as a processor would call them (sequence numbers included).
 */
public final class ViewTestbed implements CareRecordEvents {

    private final JdbcTemplate jdbc;
    private final Map<UUID, List<CareRecordEvent>> streams = new LinkedHashMap<>();
    private final List<DomainEventMessage<?>> all = new ArrayList<>();
    private final List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();

    public ViewTestbed() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:views-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public DataSource dataSource() {
        return jdbc.getDataSource();
    }

    public <T> T handledBy(T projection) {
        handlers.add(new AnnotationEventHandlerAdapter(projection));
        return projection;
    }

    /** Appends the events to their records' streams and hands each to the view, in order. */
    public void record(CareRecordEvent... events) {
        for (CareRecordEvent event : events) {
            List<CareRecordEvent> stream = streams.computeIfAbsent(event.careRecordId(), id -> new ArrayList<>());
            GenericDomainEventMessage<CareRecordEvent> message = new GenericDomainEventMessage<>(
                    "CareRecord", event.careRecordId().toString(), stream.size(), event);
            stream.add(event);
            all.add(message);
            deliver(message);
        }
    }

    public void record(List<? extends CareRecordEvent> events) {
        record(events.toArray(CareRecordEvent[]::new));
    }

    /** Empties the view through its reset handlers and hands it every event again, as a rebuild would. */
    public void rebuild() {
        handlers.forEach(handler -> handler.prepareReset(null));
        all.forEach(this::deliver);
    }

    private void deliver(DomainEventMessage<?> message) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            try {
                if (handler.canHandle(message)) {
                    handler.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException("Handler failed on " + message.getPayloadType().getSimpleName(), e);
            }
        }
    }

    @Override
    public List<CareRecordEvent> before(UUID careRecordId, long sequenceNumber) {
        List<CareRecordEvent> stream = streams.getOrDefault(careRecordId, List.of());
        return List.copyOf(stream.subList(0, (int) Math.min(sequenceNumber, stream.size())));
    }

    /** Every row of the tables, ordered by all columns: what "row for row equal" compares. */
    public List<Map<String, Object>> rows(String table) {
        List<String> columns = jdbc.queryForList(
                "SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = LOWER(?) ORDER BY ordinal_position",
                String.class, table);
        return jdbc.queryForList("SELECT * FROM " + table + " ORDER BY "
                + String.join(", ", columns.stream().map(c -> String.valueOf(columns.indexOf(c) + 1)).toList()));
    }
}
