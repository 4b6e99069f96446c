package org.jointcare.api.command;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.jointcare.api.carerecord.CareRecordVersionOfCommand;
import org.jointcare.api.carerecord.CareRecordVersions;
import org.jointcare.api.carerecord.ExpectedVersionCommandTargetResolver;
import org.jointcare.carerecord.CareRecordCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a command to the care record and answers the record's version as the command left it
 * (from the command's result, see {@link CareRecordVersionOfCommand}), so a write that lands
 * just after cannot make the ETag too new. A client's If-Match travels as the
 * {@code expectedVersion} meta-data, so Axon's own conflict detection refuses a command that
 * raced past it (ConflictingAggregateVersionException, answered 412).
 */
@Component
public class CareRecordCommands {

    private static final Logger log = LoggerFactory.getLogger(CareRecordCommands.class);

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
        FutureCallback<Object, Object> answer = new FutureCallback<>();
        gateway.send(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData), answer);
        CommandResultMessage<?> result = answer.getResult();
        if (result.isExceptional()) {
            // as CommandGateway.sendAndWait does: the handler's exception as it was thrown
            Throwable failure = result.exceptionResult();
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new CommandExecutionException("An exception occurred while executing a command", failure);
        }
        if (result.getMetaData().get(CareRecordVersionOfCommand.VERSION) instanceof Number version) {
            return version.longValue();
        }
        // never expected; the command is committed, so answer a version rather than fail the request
        log.warn("{} answered no {}; reading the version from the event store",
                command.getClass().getSimpleName(), CareRecordVersionOfCommand.VERSION);
        return versions.currentVersion(command.careRecordId()).orElse(-1L);
    }
}
