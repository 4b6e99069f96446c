package org.jointcare.api.carerecord;

import java.lang.reflect.Constructor;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.jointcare.carerecord.CareRecord;

/**
 * Makes the care record that events (or a snapshot) are applied to: the snapshot itself when
 * loading starts from one, otherwise an empty record from its no-argument constructor.
 * Axon's GenericAggregateFactory would inspect the aggregate's handlers with only the classpath's
 * parameter resolvers and so fail on the registration handler's Spring-provided
 * NhsNumberRegistry; this factory needs no handler model at all.
 */
public class CareRecordFactory implements AggregateFactory<CareRecord> {

    private final Constructor<CareRecord> emptyRecord;

    public CareRecordFactory() {
        try {
            this.emptyRecord = ReflectionUtils.ensureAccessible(CareRecord.class.getDeclaredConstructor());
        } catch (NoSuchMethodException missing) {
            throw new IllegalStateException("CareRecord needs a no-argument constructor to be rebuilt from its events", missing);
        }
    }

    @Override
    public CareRecord createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
        if (firstEvent != null && CareRecord.class.isAssignableFrom(firstEvent.getPayloadType())) {
            return (CareRecord) firstEvent.getPayload();
        }
        try {
            return emptyRecord.newInstance();
        } catch (ReflectiveOperationException failed) {
            throw new IncompatibleAggregateException("Could not create an empty care record for " + aggregateIdentifier, failed);
        }
    }

    @Override
    public Class<CareRecord> getAggregateType() {
        return CareRecord.class;
    }
}
