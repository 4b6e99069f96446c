package org.jointcare.carerecord;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;

/**
 * Makes "a refused command applies nothing" something a test can see. The fixture alone
 * cannot: it records applied events only when the unit of work commits, and a refusal rolls
 * it back, so {@code expectNoEvents()} after an exception passes even if the aggregate applied
 * events before refusing. This interceptor looks at the aggregate before the rollback: if its
 * version moved past the given history, the refusal is replaced by a
 * {@link RefusedCommandAppliedEvents}, so {@code expectException(violates(rule))} fails.
 */
public final class NothingAppliedOnRefusal implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Sequence number of the last given event; null when the command meets no history. */
    private Long versionBeforeCommand;

    /** Call with the number of events given before the command under test. */
    public void startingFrom(int givenEvents) {
        versionBeforeCommand = givenEvents == 0 ? null : (long) givenEvents - 1;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (Exception refusal) {
            List<Aggregate<?>> handled = aggregatesIn(unitOfWork);
            for (Aggregate<?> aggregate : handled) {
                if (!Objects.equals(aggregate.version(), versionBeforeCommand)) {
                    throw new RefusedCommandAppliedEvents(unitOfWork.getMessage().getPayloadType().getSimpleName()
                            + " was refused after applying events: the aggregate moved from version "
                            + versionBeforeCommand + " to " + aggregate.version(), refusal);
                }
            }
            if (handled.isEmpty() && versionBeforeCommand != null) {
                throw new RefusedCommandAppliedEvents("Cannot tell whether the refused "
                        + unitOfWork.getMessage().getPayloadType().getSimpleName()
                        + " applied events: no aggregate was loaded in its unit of work", refusal);
            }
            throw refusal;
        }
    }

    /** The repositories keep the aggregates a unit of work loaded or created as a resource of the root unit. */
    private static List<Aggregate<?>> aggregatesIn(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().resources().values().stream()
                .filter(Map.class::isInstance)
                .flatMap(resource -> ((Map<?, ?>) resource).values().stream())
                .filter(Aggregate.class::isInstance)
                .<Aggregate<?>>map(aggregate -> (Aggregate<?>) aggregate)
                .toList();
    }

    /** A command that broke a rule but changed the record anyway. */
    public static final class RefusedCommandAppliedEvents extends IllegalStateException {
        RefusedCommandAppliedEvents(String message, Throwable refusal) {
            super(message, refusal);
        }
    }
}
