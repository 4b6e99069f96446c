package org.jointcare.views.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.registration.NhsNumber;

/**
 * The event store of a scenario: every person's events, in the order they happened across
 * people, each as the domain event message the aggregate would have stored (aggregate type
 * {@code CareRecord}, the record id, its sequence number on that record).
 */
public final class EventLog {

    public static final String AGGREGATE_TYPE = "CareRecord";

    private final List<DomainEventMessage<?>> messages = new ArrayList<>();
    private long nhsNumberSeed = 943_476_590L;

    /** Registers a person born in 1935 living in the North locality, with a valid NHS number. */
    public CareRecordStory register(String givenName, String familyName, String practiceCode, String at) {
        return register(givenName, familyName, LocalDate.of(1935, 3, 1), practiceCode, "North", at);
    }

    public CareRecordStory register(String givenName, String familyName, LocalDate dateOfBirth, String practiceCode,
                                    String locality, String at) {
        return CareRecordStory.registered(this, UUID.randomUUID(), nextNhsNumber(), givenName, familyName,
                dateOfBirth, practiceCode, locality, Instant.parse(at));
    }

    /** A person with no NHS number (homeless people, refugees and visitors may have none). */
    public CareRecordStory registerWithoutNhsNumber(String givenName, String familyName, String practiceCode, String at) {
        return CareRecordStory.registered(this, UUID.randomUUID(), null, givenName, familyName,
                LocalDate.of(1940, 7, 12), practiceCode, "North", Instant.parse(at));
    }

    void append(CareRecordEvent event, long sequenceNumber) {
        messages.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, event.careRecordId().toString(), sequenceNumber,
                event, MetaData.emptyInstance(), UUID.randomUUID().toString(), event.at()));
    }

    public List<DomainEventMessage<?>> messages() {
        return List.copyOf(messages);
    }

    public List<Object> payloads() {
        return messages.stream().<Object>map(DomainEventMessage::getPayload).toList();
    }

    public int size() {
        return messages.size();
    }

    private NhsNumber nextNhsNumber() {
        while (true) {
            String first9 = Long.toString(++nhsNumberSeed);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (first9.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return new NhsNumber(first9 + check);
            }
        }
    }
}
