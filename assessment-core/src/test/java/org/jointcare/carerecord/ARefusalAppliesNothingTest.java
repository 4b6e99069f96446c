package org.jointcare.carerecord;

import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.jointcare.carerecord.RuleViolated.violates;

/**
 * The refusal tests rest on {@link NothingAppliedOnRefusal}: this shows it can fail. A careless
 * aggregate that applies an event and then refuses must not pass {@code expectException}.
 */
class ARefusalAppliesNothingTest {

    record Open(@TargetAggregateIdentifier UUID id) {
    }

    record Opened(UUID id) {
    }

    record Scribble(@TargetAggregateIdentifier UUID id, boolean beforeRefusing) {
    }

    record Scribbled(UUID id) {
    }

    static class CarelessRecord {
        @AggregateIdentifier
        private UUID id;

        CarelessRecord() {
        }

        @CommandHandler
        CarelessRecord(Open command) {
            apply(new Opened(command.id()));
        }

        @CommandHandler
        void handle(Scribble command) {
            if (command.beforeRefusing()) {
                apply(new Scribbled(command.id()));
            }
            throw new CareRuleViolation(CareRule.RECORD_CLOSED);
        }

        @EventSourcingHandler
        void on(Opened event) {
            id = event.id();
        }
    }

    private final UUID id = UUID.randomUUID();
    private final AggregateTestFixture<CarelessRecord> fixture = new AggregateTestFixture<>(CarelessRecord.class);
    private final NothingAppliedOnRefusal nothingApplied = new NothingAppliedOnRefusal();

    @BeforeEach
    void guardRefusals() {
        fixture.registerCommandHandlerInterceptor(nothingApplied);
        nothingApplied.startingFrom(1);
    }

    @Test
    void a_refusal_that_applied_nothing_passes() {
        fixture.given(new Opened(id))
                .when(new Scribble(id, false))
                .expectException(violates(CareRule.RECORD_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_refusal_after_applying_an_event_fails_the_test_even_though_the_fixture_saw_no_events() {
        assertThatThrownBy(() -> fixture.given(new Opened(id))
                .when(new Scribble(id, true))
                .expectException(violates(CareRule.RECORD_CLOSED)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was refused after applying events");
    }

    @Test
    void the_fixture_alone_would_not_notice_the_applied_event() {
        AggregateTestFixture<CarelessRecord> unguarded = new AggregateTestFixture<>(CarelessRecord.class);
        unguarded.given(new Opened(id))
                .when(new Scribble(id, true))
                .expectException(violates(CareRule.RECORD_CLOSED))
                .expectNoEvents();
    }

    @Test
    void a_refusal_for_another_rule_does_not_match() {
        assertThatThrownBy(() -> fixture.given(new Opened(id))
                .when(new Scribble(id, false))
                .expectException(violates(CareRule.ACTOR_REQUIRED)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ACTOR_REQUIRED");
    }
}
