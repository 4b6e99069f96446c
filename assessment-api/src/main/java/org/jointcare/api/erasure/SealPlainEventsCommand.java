package org.jointcare.api.erasure;

import java.time.Duration;
import org.jointcare.views.operations.OperatorCommandExit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command to seal the events stored before personal fields were encrypted, then exit:
 * {@code java -jar assessment-api.jar --jointcare.seal-plain-events=true --spring.main.web-application-type=none}
 * with the other nodes stopped (docs/operations.md, "Sealing events stored in plain"). Exit code 0
 * when done (running it again finds nothing left to seal), 1 when it failed; a batch that failed is
 * rolled back whole and the run can be repeated.
 */
@Component
@ConditionalOnProperty(name = "jointcare.seal-plain-events", havingValue = "true")
public class SealPlainEventsCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SealPlainEventsCommand.class);

    private final PlainEventSealing sealing;
    private final ConfigurableApplicationContext context;
    private final boolean exitWhenDone;
    private final Duration progressEvery;

    public SealPlainEventsCommand(PlainEventSealing sealing, ConfigurableApplicationContext context,
                                  @Value("${jointcare.rebuild.exit:true}") boolean exitWhenDone,
                                  @Value("${jointcare.rebuild.progress-every:PT5S}") Duration progressEvery) {
        this.sealing = sealing;
        this.context = context;
        this.exitWhenDone = exitWhenDone;
        this.progressEvery = progressEvery;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode = 0;
        try {
            sealing.sealAll(progressEvery);
        } catch (RuntimeException failed) {
            log.error("Sealing the plain events failed; what was sealed before the failing batch stays sealed", failed);
            exitCode = 1;
        }
        OperatorCommandExit.exit(context, exitWhenDone, exitCode);
    }
}
