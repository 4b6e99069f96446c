package org.jointcare.api.carerecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.CareRuleViolation;
import org.junit.jupiter.api.Test;

/** Only a command that lost a race is sent again; a refusal or a stale If-Match is answered as it is. */
class RetryAfterConcurrentChangeTest {

    private final RetryAfterConcurrentChange retry = new RetryAfterConcurrentChange(2);
    private final AtomicInteger sentAgain = new AtomicInteger();

    @Test
    void aWriteThatLostTheRaceForItsSequenceNumberIsSentAgain() {
        assertThat(retry(new ConcurrencyException("An event for aggregate [x] at sequence [4] was already inserted"), 1)).isTrue();
        assertThat(retry(new RuntimeException(new SQLException("could not serialize access", "40001")), 1)).isTrue();
        assertThat(sentAgain).hasValue(2);
    }

    @Test
    void aStaleIfMatchOrARefusalByACareRuleIsNeverSentAgain() {
        assertThat(retry(new ConflictingAggregateVersionException("x", 3, 4), 1)).isFalse();
        assertThat(retry(new CareRuleViolation(CareRule.values()[0], "refused"), 1)).isFalse();
        assertThat(sentAgain).hasValue(0);
    }

    @Test
    void aCommandThatKeepsLosingIsAnsweredAsAConflictAfterItsRetries() {
        assertThat(retry(new ConcurrencyException("lost"), 3)).isFalse();
        assertThat(sentAgain).hasValue(0);
    }

    private boolean retry(RuntimeException failure, int failuresSoFar) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < failuresSoFar; i++) {
            failures.add(new Class[] {failure.getClass()});
        }
        return retry.scheduleRetry(GenericCommandMessage.asCommandMessage("command"), failure, failures, sentAgain::incrementAndGet);
    }
}
