package org.jointcare.api.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jointcare.api.erasure.PersonalDataKeys;
import org.jointcare.api.erasure.PersonalDataSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * The event store: Axon's JDBC engine over the application's one DataSource, inside the same
 * Spring transaction as everything else a command writes. Tables come from Flyway
 * ({@code db/migration/h2|postgresql}), never from Axon's schema creation.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    static final long LOWEST_GLOBAL_INDEX = 1;
    static final int GAP_TIMEOUT_MILLIS = 60_000;
    static final int GAP_CLEANING_THRESHOLD = 250;
    static final int MAX_GAP_OFFSET = 10_000;
    static final int EVENTS_PER_QUERY = 100;
    /** The SQL standard's state for a unique constraint violation (H2 and PostgreSQL alike). */
    static final String UNIQUE_VIOLATION = "23505";

    /**
     * Events are written with the pinned mapper of {@link StoredJson#events()}, their personal
     * fields encrypted under the person's keys ({@link PersonalDataSerializer}).
     */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(RevisionResolver revisionResolver, PersonalDataKeys personalDataKeys) {
        com.fasterxml.jackson.databind.ObjectMapper mapper = StoredJson.events();
        Serializer jackson = JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(EventStoreConfiguration.class.getClassLoader()))
                .build();
        return new PersonalDataSerializer(jackson, mapper, personalDataKeys);
    }

    /**
     * Tells a duplicate (aggregate, sequence) key apart from any other storage failure, on both
     * engines, so a write that lost a race is a ConcurrencyException (sent again by
     * RetryAfterConcurrentChange, answered 409 only if it keeps losing) rather than an internal
     * error. Axon's default recognises H2's exceptions only; PostgreSQL's driver says "unique
     * violation" by SQL state alone.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        PersistenceExceptionResolver h2 = new JdbcSQLErrorCodesResolver();
        PersistenceExceptionResolver uniqueViolation = new SQLStateResolver(UNIQUE_VIOLATION);
        return failure -> h2.isDuplicateKeyViolation(failure) || uniqueViolation.isDuplicateKeyViolation(failure);
    }

    @Bean
    public EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                 RevisionResolver revisionResolver,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager) {
        Serializer snapshotSerializer = JacksonSerializer.builder()
                .objectMapper(StoredJson.snapshots())
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(EventStoreConfiguration.class.getClassLoader()))
                .build();
        return JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                // a token with gaps is read by primary-key seeks, not a scan of the whole store
                .readEventDataWithGaps(new ReadEventsWithGapsBySeek())
                // Axon's defaults, stated because correctness depends on them (the event store's migrations):
                // the first event is stored at globalIndex 1 (identity START WITH 1) ...
                .lowestGlobalSequence(LOWEST_GLOBAL_INDEX)
                // ... a gap is waited for this long before it is given up as a rolled-back insert.
                // It must outlast the longest transaction that can hold an uncommitted event: a
                // command's transaction does a few milliseconds of work and waits at most
                // LOCK_TIMEOUT (10 s, application.yml) for each row lock, so 60 s leaves margin.
                // A shorter timeout would let a slow commit's event be skipped by every view for
                // good; since the gap query now seeks, carrying gaps this long costs little.
                .gapTimeout(GAP_TIMEOUT_MILLIS)
                // tokens with more gaps than this have the timed-out ones cleaned (one extra query)
                .gapCleaningThreshold(GAP_CLEANING_THRESHOLD)
                // gaps further than this below the token's index are dropped (far beyond any
                // number of transactions in flight at once here: the connection pool holds 20 by default)
                .maxGapOffset(MAX_GAP_OFFSET)
                // events per tracking query: one query fetches at most this many positions of the
                // index; a page of ~100 JSON events is well under a megabyte in memory
                .batchSize(EVENTS_PER_QUERY)
                .build();
    }
}
