package org.jointcare.api.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jointcare.api.carerecord.TestNhsNumbers;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.registration.LivingSituation;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.RegisterPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Flyway-made tables are the ones Axon's JDBC token store, saga store and dead-letter queue
 * read and write, and stored events have the pinned JSON shape.
 */
@SpringBootTest(properties = "spring.jackson.serialization.write-dates-as-timestamps=true")
class AxonTablesFitAxonsJdbcStoresTest {

    @Autowired
    TokenStore tokenStore;

    @Autowired
    SagaStore<Object> sagaStore;

    @Autowired
    ConnectionProvider connectionProvider;

    @Autowired
    TransactionManager transactionManager;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    Serializer serializer;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStorageEngine storage;

    @Test
    void trackingTokensAreClaimedStoredAndReadBack() {
        String processor = "tokens-" + UUID.randomUUID();
        transactionManager.executeInTransaction(() -> tokenStore.initializeTokenSegments(processor, 2));
        transactionManager.executeInTransaction(() -> tokenStore.storeToken(new GlobalSequenceTrackingToken(41), processor, 1));
        TrackingToken token = transactionManager.fetchInTransaction(() -> tokenStore.fetchToken(processor, 1));
        assertThat(token).isEqualTo(new GlobalSequenceTrackingToken(41));
        assertThat(tokenStore.fetchSegments(processor)).containsExactly(0, 1);
    }

    @Test
    void aDeadLetterIsQueuedPerSequenceAndReadBack() {
        SequencedDeadLetterQueue<EventMessage<?>> queue = JdbcSequencedDeadLetterQueue.builder()
                .processingGroup("dead-letters-" + UUID.randomUUID())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(DeadLetterSchema.defaultSchema())
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
        String sequence = UUID.randomUUID().toString();
        transactionManager.executeInTransaction(() -> queue.enqueue(sequence,
                new GenericDeadLetter<>(sequence, GenericEventMessage.asEventMessage("a failing event"),
                        new IllegalStateException("view failed"))));
        assertThat(queue.contains(sequence)).isTrue();
        assertThat(queue.deadLetterSequence(sequence)).singleElement()
                .satisfies(letter -> assertThat(letter.message().getPayload()).isEqualTo("a failing event"));
    }

    @Test
    void aSagaIsStoredAndFoundByItsAssociation() {
        String sagaId = UUID.randomUUID().toString();
        AssociationValue association = new AssociationValue("careRecordId", sagaId);
        transactionManager.executeInTransaction(() -> sagaStore.insertSaga(Object.class, sagaId,
                new java.util.HashMap<String, Object>(), Set.of(association)));
        assertThat(sagaStore.findSagas(Object.class, association)).containsExactly(sagaId);
    }

    @Test
    void eventsAreStoredWithIsoInstantsWhateverSpringJacksonSays() {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new RegisterPerson(id, TestNhsNumbers.next(), new PersonDetails("Edith", "Clarke",
                LocalDate.of(1936, 3, 14), "J82034", "North Wiltshire", "English", false, null,
                LivingSituation.LIVES_ALONE, List.of(), null), new Actor("dr.priya.shah", Role.GP_PRACTICE, "J82034"),
                Instant.parse("2026-02-01T10:00:00Z")));
        byte[] payload = jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                byte[].class, id.toString());
        String json = new String(payload, StandardCharsets.UTF_8);
        assertThat(json).contains("\"at\":\"2026-02-01T10:00:00Z\"");
        // the date of birth is personal: stored encrypted (PersonalDataSerializer), never in plain
        assertThat(json).contains("\"dateOfBirth\":{\"$personal\":1").doesNotContain("1936-03-14").doesNotContain("Clarke");
    }

    @Test
    void anEventAtASequenceNumberAlreadyTakenIsAConflictNotAStorageFailure() {
        String id = UUID.randomUUID().toString();
        transactionManager.executeInTransaction(() -> storage.appendEvents(event(id, 0), event(id, 1)));
        // what a command meets when another node (or its own stale copy of the record) wrote first:
        // a conflict the API answers 409, never an internal error
        assertThatThrownBy(() -> transactionManager.executeInTransaction(() -> storage.appendEvents(event(id, 1))))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> transactionManager.executeInTransaction(() -> storage.appendEvents(event(id, 0))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class, id))
                .isEqualTo(2);
    }

    private static GenericDomainEventMessage<String> event(String aggregateId, long sequenceNumber) {
        return new GenericDomainEventMessage<>("CareRecord", aggregateId, sequenceNumber, "event " + sequenceNumber);
    }
}
