package org.jointcare.views.operations;

import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.jointcare.views.HandlerUndo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Runs each event handler of a streaming view in a savepoint of the batch's transaction.
 *
 * <p>A streaming view handles a batch of events in one transaction. When one handler fails, the
 * dead-letter queue parks that event and the batch goes on — so whatever the failing handler
 * wrote before it failed would be committed with the rest, and be written a second time when the
 * dead letter is retried. Worse, on PostgreSQL a failed statement aborts the whole transaction:
 * parking the event would itself fail, the batch would roll back and be retried for ever, and
 * the view would stop for everyone. Rolling back to a savepoint taken just before the handler
 * undoes its writes and leaves the transaction usable, so the event is parked cleanly and the
 * others in the batch commit. What a handler keeps in memory for the rest of the batch is taken
 * back with the savepoint ({@link HandlerUndo}).
 */
class SavepointPerEvent implements HandlerEnhancerDefinition {

    private static final TransactionDefinition SAVEPOINT = new DefaultTransactionDefinition(
            TransactionDefinition.PROPAGATION_NESTED);

    private final Set<String> streamingGroups;
    private final ObjectProvider<PlatformTransactionManager> transactionManager;
    /**
     * Looked up on first use (this definition is made before the transaction manager exists) and
     * kept: resolving it through the bean factory for every event cost more than the savepoint
     * itself (JFR of a rebuild: 3% of the processor threads against under 1% for the savepoint).
     */
    private volatile PlatformTransactionManager resolved;

    SavepointPerEvent(Set<String> streamingGroups, ObjectProvider<PlatformTransactionManager> transactionManager) {
        this.streamingGroups = Set.copyOf(streamingGroups);
        this.transactionManager = transactionManager;
    }

    private PlatformTransactionManager transactionManager() {
        PlatformTransactionManager transactions = resolved;
        if (transactions == null) {
            transactions = transactionManager.getObject();
            resolved = transactions;
        }
        return transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(original.declaringClass(), ProcessingGroup.class);
        if (group == null || !streamingGroups.contains(group.value())) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                PlatformTransactionManager transactions = transactionManager();
                TransactionStatus savepoint = transactions.getTransaction(SAVEPOINT);
                HandlerUndo.begin();
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error failure) {
                    HandlerUndo.rollback();
                    transactions.rollback(savepoint);
                    throw failure;
                }
                HandlerUndo.release();
                transactions.commit(savepoint);
                return result;
            }
        };
    }
}
