package org.jointcare.api.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.jointcare.carerecord.CareRecordCommand;
import org.springframework.stereotype.Component;

/**
 * Sends a command to the care record and answers the record's version afterwards. A client's
 * If-Match travels as the {@code expectedVersion} meta-data, so Axon's own conflict detection
 * refuses a command that raced past it (ConflictingAggregateVersionException, answered 412).
 */
@Component
public class CareRecordCommands {

    public static final String EXPECTED_VERSION = "expectedVersion";

    private final CommandGateway gateway;
    private final EventStore events;

    public CareRecordCommands(CommandGateway gateway, EventStore events) {
        this.gateway = gateway;
        this.events = events;
    }

    /** @return the record's version after the command */
    public long send(CareRecordCommand command, Long expectedVersion) {
        MetaData metaData = expectedVersion == null ? MetaData.emptyInstance()
                : MetaData.with(EXPECTED_VERSION, expectedVersion);
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        return events.lastSequenceNumberFor(command.careRecordId().toString()).orElse(-1L);
    }
}
