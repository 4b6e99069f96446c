package org.jointcare.views.operations;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The events a view could not handle, parked per person: listed page by page, and handed to the view again. */
@Component
public class ViewDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(ViewDeadLetters.class);

    private final ViewStatuses statuses;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final JdbcTemplate jdbc;
    private final DeadLetterSchema deadLetterSchema;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;

    public ViewDeadLetters(ViewStatuses statuses,
                           ObjectProvider<EventProcessingConfiguration> processing,
                           JdbcTemplate jdbc,
                           ObjectProvider<DeadLetterSchema> deadLetterSchema,
                           ObjectProvider<org.axonframework.config.Configuration> axon) {
        this.statuses = statuses;
        this.processing = processing;
        this.jdbc = jdbc;
        this.deadLetterSchema = deadLetterSchema.getIfAvailable(DeadLetterSchema::defaultSchema);
        this.axon = axon;
    }

    /** A page (from 0) of the view's dead letters, ordered by person then by place in that person's queue. */
    public DeadLetterPage deadLetters(String processingGroup, int page, int size) {
        statuses.definition(processingGroup);
        if (page < 0 || size < 1 || size > 500) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and 500");
        }
        DeadLetterSchema s = deadLetterSchema;
        long total = deadLetterCount(processingGroup);
        Serializer tokens = axon.getObject().serializer();
        Serializer diagnostics = axon.getObject().eventSerializer();
        List<DeadLetterEntry> entries = jdbc.query(
                "SELECT " + String.join(", ", s.sequenceIdentifierColumn(), s.sequenceIndexColumn(),
                        s.eventIdentifierColumn(), s.payloadTypeColumn(), s.timestampColumn(), s.enqueuedAtColumn(),
                        s.lastTouchedColumn(), s.causeTypeColumn(), s.causeMessageColumn(),
                        s.sequenceNumberColumn(), s.tokenTypeColumn(), s.tokenColumn(), s.diagnosticsColumn())
                        + " FROM " + s.deadLetterTable() + " WHERE " + s.processingGroupColumn() + " = ?"
                        + " ORDER BY " + s.sequenceIdentifierColumn() + ", " + s.sequenceIndexColumn()
                        + " LIMIT ? OFFSET ?",
                (rs, row) -> {
                    long sequenceNumber = rs.getLong(10);
                    return new DeadLetterEntry(
                            rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            instant(rs.getString(5)), instant(rs.getString(6)), instant(rs.getString(7)),
                            rs.getString(8), rs.getString(9),
                            rs.wasNull() ? null : sequenceNumber,
                            globalIndex(tokens, rs.getString(11), rs.getBytes(12)),
                            retries(diagnostics, rs.getBytes(13)));
                },
                processingGroup, size, (long) page * size);
        return new DeadLetterPage(processingGroup, page, size, total, entries);
    }

    /**
     * Hands every parked sequence to the view again, oldest first. A sequence whose events all
     * succeed leaves the queue; one that fails again stays, with its cause updated.
     */
    public RetryReport retryDeadLetters(String processingGroup) {
        statuses.definition(processingGroup);
        SequencedDeadLetterProcessor<EventMessage<?>> retry = processing.getObject()
                .sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> new IllegalStateException("View '" + processingGroup + "' has no dead-letter queue"));
        long sequences = deadLetterQueue(processingGroup).map(SequencedDeadLetterQueue::amountOfSequences).orElse(0L);
        int retried = 0;
        for (long i = 0; i < sequences; i++) {
            if (retry.processAny()) {
                retried++;
            }
        }
        long stillDead = deadLetterCount(processingGroup);
        log.info("Retried dead letters of view '{}': {} sequences handled, {} events still parked",
                processingGroup, retried, stillDead);
        return new RetryReport(processingGroup, retried, stillDead);
    }

    long deadLetterCount(String group) {
        return deadLetterQueue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    private java.util.Optional<SequencedDeadLetterQueue<EventMessage<?>>> deadLetterQueue(String group) {
        return processing.getObject().deadLetterQueue(group);
    }

    /** Drops every parked event of the view: a rebuild hands every event to it again. */
    void clear(String group) {
        deadLetterQueue(group).ifPresent(SequencedDeadLetterQueue::clear);
    }

    /** Where the parked event stands in the event store, read from the token it was parked with. */
    private static Long globalIndex(Serializer serializer, String tokenType, byte[] token) {
        if (tokenType == null || token == null) {
            return null;
        }
        try {
            TrackingToken tracking = serializer.deserialize(
                    new SimpleSerializedObject<>(token, byte[].class, tokenType, null));
            OptionalLong position = tracking == null ? OptionalLong.empty() : tracking.position();
            return position.isPresent() ? position.getAsLong() : null;
        } catch (RuntimeException unreadable) {
            log.warn("A dead letter's tracking token of type {} could not be read: {}", tokenType, unreadable.toString());
            return null;
        }
    }

    /** The retry count the view's enqueue policy keeps in the letter's diagnostics (0 before any retry). */
    private static int retries(Serializer serializer, byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        try {
            MetaData metaData = serializer.deserialize(
                    new SimpleSerializedObject<>(diagnostics, byte[].class, MetaData.class.getName(), null));
            return metaData != null && metaData.get(ViewProcessingConfiguration.RETRIES) instanceof Number retries
                    ? retries.intValue() : 0;
        } catch (RuntimeException unreadable) {
            log.warn("A dead letter's diagnostics could not be read: {}", unreadable.toString());
            return 0;
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (RuntimeException notIso) {
            return null;
        }
    }
}
