package org.jointcare.api.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * The event store: Axon's JDBC engine over the application's one DataSource, inside the same
 * Spring transaction as everything else a command writes. Tables come from Flyway
 * ({@code db/migration/h2|postgresql}, V1_1/V1_2), never from Axon's schema creation.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    /** Events are written with the pinned mapper of {@link StoredJson#events()}. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(RevisionResolver revisionResolver) {
        return JacksonSerializer.builder()
                .objectMapper(StoredJson.events())
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(EventStoreConfiguration.class.getClassLoader()))
                .build();
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
                .build();
    }
}
