package org.jointcare.views.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.jointcare.carerecord.consent.ConsentDecision;
import org.jointcare.views.testing.CareRecordStory;
import org.jointcare.views.testing.EventLog;
import org.jointcare.views.testing.Professionals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sharing view in a Spring context with Axon's auto-configuration: its processing group runs
 * subscribing (what the central processing configuration does for a subscribing
 * {@code ViewDefinition}; here set by property), so the view's rows are written in the
 * transaction that publishes the events and stand or fall with it.
 */
@SpringBootTest(classes = SharingIsUpdatedInTheCommandsTransactionTest.SharingOnly.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:sharing-transaction;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration/common",
        "axon.eventhandling.processors.sharing.mode=subscribing",
        "axon.serializer.general=jackson",
        "axon.serializer.events=jackson",
        "axon.serializer.messages=jackson",
        "axoniq.update-checker.disabled=true"})
class SharingIsUpdatedInTheCommandsTransactionTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({SharingProjection.class, SharingQueries.class, SharingViewDefinition.class})
    static class SharingOnly {
        /** Events are published straight onto a bus: no event store is needed to prove the transaction. */
        @Bean
        EventBus eventBus() {
            return SimpleEventBus.builder().build();
        }
    }

    @Autowired
    private EventBus eventBus;
    @Autowired
    private SharingQueries sharing;
    @Autowired
    private TransactionTemplate transaction;

    @Test
    void theViewReflectsAnEventInsideThePublishingTransactionAndIsRolledBackWithIt() {
        EventLog log = new EventLog();
        CareRecordStory mary = log.register("Mary", "Hughes", Professionals.PRACTICE_NORTH, "2026-01-05T09:00:00Z");

        Optional<SharingFacts> seenInside = transaction.execute(status -> {
            eventBus.publish(log.messages());
            Optional<SharingFacts> facts = sharing.factsFor(mary.id());
            status.setRollbackOnly();
            return facts;
        });

        assertThat(seenInside).isPresent();
        assertThat(sharing.factsFor(mary.id())).as("rolled back with the events").isEmpty();
    }

    @Test
    void aConsentChangeIsVisibleToTheVeryNextRead() {
        EventLog log = new EventLog();
        CareRecordStory tom = log.register("Tom", "Baker", Professionals.PRACTICE_SOUTH, "2026-01-05T09:00:00Z");
        eventBus.publish(log.messages());
        int published = log.size();

        tom.at("2026-01-06T09:00:00Z").consent(ConsentDecision.REFUSED, null, Professionals.gp(Professionals.PRACTICE_SOUTH));
        eventBus.publish(log.messages().subList(published, log.size()));

        assertThat(sharing.factsFor(tom.id()).orElseThrow().consentRefused()).isTrue();
    }
}
