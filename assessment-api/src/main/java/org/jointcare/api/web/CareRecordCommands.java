package org.jointcare.api.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.jointcare.api.carerecord.CareRecordVersions;
import org.jointcare.api.carerecord.ExpectedVersionCommandTargetResolver;
import org.jointcare.carerecord.CareRecordCommand;
import org.springframework.stereotype.Component;

/**
 * Sends a command to the care record and answers the record's version afterwards. A client's
 * If-Match travels as the {@code expectedVersion} meta-data, so Axon's own conflict detection
 * refuses a command that raced past it (ConflictingAggregateVersionException, answered 412).
 */
@Component
public class CareRecordCommands {

    private final CommandGateway gateway;
    private final CareRecordVersions versions;

    public CareRecordCommands(CommandGateway gateway, CareRecordVersions versions) {
        this.gateway = gateway;
        this.versions = versions;
    }

    /** @return the record's version after the command */
    public long send(CareRecordCommand command, Long expectedVersion) {
        MetaData metaData = expectedVersion == null ? MetaData.emptyInstance()
                : MetaData.with(ExpectedVersionCommandTargetResolver.EXPECTED_VERSION, expectedVersion);
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        return versions.currentVersion(command.careRecordId()).orElse(-1L);
    }
}
