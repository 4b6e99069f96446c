package org.jointcare.api;

import java.time.Clock;
import org.jointcare.api.store.CompactStoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * JointCare: one shared, event-sourced care record per person, read by each profession in
 * its own view. Runs on an embedded H2 file by default (see application.yml).
 */
@SpringBootApplication
public class JointCareApplication {

    /** Axon 4.12+ reports usage to its vendor unless told not to; a health-data system never phones home. */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        if (CompactStoreCommand.requested(args)) {
            // offline, instead of the application: the file must not be open anywhere else
            System.exit(CompactStoreCommand.run(args));
        }
        start(args);
    }

    /** Starts the application as {@code java -jar} does; tests use it to prove what main does. */
    static ConfigurableApplicationContext start(String... args) {
        // set before Spring starts so `java -jar` is covered whatever the configuration says
        System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        System.setProperty("disable-axoniq-console-message", "true");
        return SpringApplication.run(JointCareApplication.class, args);
    }

    /** "Now" for everything that records or measures time; tests replace it with a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
