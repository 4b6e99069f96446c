package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.CareRuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** What Axon may throw back at a command, wrapped or not, answered as the problem a client can act on. */
class AxonFailuresAsProblemsTest {

    @Test
    void aVersionConflictIsAStaleVersion() {
        assertThat(type(new ConflictingAggregateVersionException("id", 3, 4))).isEqualTo("stale-version");
        assertThat(status(new ConflictingAggregateVersionException("id", 3, 4))).isEqualTo(412);
    }

    @Test
    void twoWritersMeetingInTheEventStoreIsAConcurrentChange() {
        assertThat(type(new ConcurrencyException("sequence already used"))).isEqualTo("concurrent-change");
        assertThat(type(new AggregateStreamCreationException("stream exists"))).isEqualTo("concurrent-change");
        assertThat(status(new AggregateStreamCreationException("stream exists"))).isEqualTo(409);
    }

    @Test
    void aRuleBrokenInsideAWrappedFailureKeepsItsCode() {
        CommandExecutionException wrapped = new CommandExecutionException("failed", new CareRuleViolation(CareRule.PACKAGE_ENDED));
        assertThat(type(wrapped)).isEqualTo("package-ended");
        assertThat(status(wrapped)).isEqualTo(409);
        assertThat(status(new CareRuleViolation(CareRule.NOTICE_NOT_FOR_YOUR_PRACTICE))).isEqualTo(403);
        assertThat(status(new CareRuleViolation(CareRule.PERSON_DETAILS_INCOMPLETE))).isEqualTo(422);
    }

    @Test
    void anythingElseIsNotMistakenForAKnownProblem() {
        assertThat(ApiExceptionHandler.fromCauses(new IllegalStateException("boom"))).isEmpty();
    }

    private static String type(Throwable failure) {
        return problem(failure).getProperties().get("code").toString();
    }

    private static int status(Throwable failure) {
        return problem(failure).getStatus();
    }

    private static ProblemDetail problem(Throwable failure) {
        return ApiExceptionHandler.fromCauses(failure).orElseThrow();
    }
}
