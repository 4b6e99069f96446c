package org.jointcare.api.carerecord;

import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jointcare.carerecord.CareRecordCommand;

/**
 * Tells the sender of a care record command the record's version as that command left it, so its
 * ETag is exact: the {@link CommandMessage}'s result carries it as the MetaData entry
 * {@value #VERSION}.
 * <p>
 * It is read inside the command's unit of work, after the handler ran and before it commits:
 * there Axon's event store answers {@code lastSequenceNumberFor} from the events this unit of
 * work has staged for the record (their {@code DomainEventMessage.getSequenceNumber()}), not
 * from the table, so a write another request commits afterwards cannot make it too new. Those
 * staged events are exactly what the commit appends; if the commit fails, the sender gets the
 * failure instead. A command that applied no event answers the stored version, read while this
 * node still holds the record's lock.
 */
public class CareRecordVersionOfCommand implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** The MetaData key of a care record command's result that holds the record's version after it. */
    public static final String VERSION = "careRecordVersion";

    private final EventStore eventStore;

    public CareRecordVersionOfCommand(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork.getMessage().getPayload() instanceof CareRecordCommand command)) {
            return result;
        }
        Optional<Long> version = eventStore.lastSequenceNumberFor(command.careRecordId().toString());
        if (version.isEmpty()) {
            return result;
        }
        return GenericCommandResultMessage.asCommandResultMessage(result).andMetaData(Map.of(VERSION, version.get()));
    }
}
