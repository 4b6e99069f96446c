package org.jointcare.carerecord;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.jointcare.carerecord.registration.InMemoryNhsNumberRegistry;
import org.jointcare.carerecord.registration.NhsNumberRegistry;

/**
 * The {@link AggregateTestFixture} every care record scenario runs on: it injects an NHS number
 * registry and proves that a refused command applied nothing (see {@link NothingAppliedOnRefusal}).
 */
public final class CareRecordFixture {

    private final AggregateTestFixture<CareRecord> fixture = new AggregateTestFixture<>(CareRecord.class);
    private final NothingAppliedOnRefusal nothingApplied = new NothingAppliedOnRefusal();

    public CareRecordFixture() {
        this(new InMemoryNhsNumberRegistry());
    }

    /** Records sharing a registry compete for the same NHS numbers. */
    public CareRecordFixture(NhsNumberRegistry registry) {
        fixture.registerInjectableResource(registry);
        fixture.registerCommandHandlerInterceptor(nothingApplied);
    }

    public TestExecutor<CareRecord> givenNoRecord() {
        nothingApplied.startingFrom(0);
        return fixture.givenNoPriorActivity();
    }

    public TestExecutor<CareRecord> given(List<?> history) {
        nothingApplied.startingFrom(history.size());
        return fixture.given(history);
    }
}
