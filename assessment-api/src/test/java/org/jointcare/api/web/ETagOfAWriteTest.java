package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.jointcare.carerecord.Actor;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.carerecord.consent.RecordConsent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The ETag a write answers is the version that write left the record at, even when another
 * write to the same person commits between the command finishing and the answer being made.
 */
class ETagOfAWriteTest extends ApiTest {

    @Autowired
    private CommandBus commandBus;
    @Autowired
    private CommandGateway gateway;

    @Test
    void theETagIsTheVersionTheWriteLeftEvenWhenAnotherWriteLandsBeforeTheAnswer() throws Exception {
        UUID person = registerAt(RIVERSIDE);
        long before = Long.parseLong(perform(get(records(person)).with(httpBasic(GP_RIVERSIDE, PASSWORD)))
                .getResponse().getHeader("ETag").replace("\"", ""));
        ExecutorService otherRequest = Executors.newSingleThreadExecutor();
        AtomicBoolean first = new AtomicBoolean(true);
        // registered before the command's handler loads the record, so its clean-up runs after the
        // record's lock is let go: the other write then commits before the first is answered
        Registration anotherWriteInBetween = commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof RecordConsent consent && consent.careRecordId().equals(person)
                    && first.compareAndSet(true, false)) {
                unitOfWork.onCleanup(done -> {
                    try {
                        otherRequest.submit(() -> gateway.sendAndWait(new RecordConsent(person, ConsentDecision.REFUSED, null,
                                new Actor(GP_RIVERSIDE, Role.GP_PRACTICE, RIVERSIDE), clock.instant()))).get(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the other write did not land", e);
                    }
                });
            }
            return chain.proceed();
        });
        try {
            MvcResult write = send(GP_RIVERSIDE, records(person) + "/consent", Bodies.consent("AGREED"));

            assertThat(write.getResponse().getStatus()).isEqualTo(200);
            assertThat(lastSequenceNumber(person)).as("the other write landed").isEqualTo(before + 2);
            assertThat(write.getResponse().getHeader("ETag")).isEqualTo(RecordVersions.etag(before + 1));
            assertThat(body(write).get("version").asLong()).isEqualTo(before + 1);
        } finally {
            anotherWriteInBetween.cancel();
            otherRequest.shutdownNow();
        }
    }

    @Test
    void aRegistrationAnswersTheVersionOfItsFirstEvents() throws Exception {
        MvcResult registered = send(GP_RIVERSIDE, "/api/v1/care-records", registration(RIVERSIDE, "Version"));
        UUID person = UUID.fromString(body(registered).get("careRecordId").asText());
        assertThat(registered.getResponse().getHeader("ETag")).isEqualTo(RecordVersions.etag(lastSequenceNumber(person)));
    }

    private long lastSequenceNumber(UUID person) {
        return jdbc.queryForObject("SELECT MAX(sequenceNumber) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, person.toString());
    }
}
