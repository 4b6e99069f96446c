package org.jointcare.views.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command to retry a view's dead letters and exit:
 * {@code java -jar assessment-api.jar --jointcare.retry-dead-letters=<group> --spring.main.web-application-type=none}
 * (see docs/operations.md). Every parked person's queue is handed to the view again, oldest
 * first. Exits 0 when nothing is left parked, 1 when some events failed again (or the view is
 * unknown), so a script can tell.
 */
@Component
@ConditionalOnProperty("jointcare.retry-dead-letters")
public class RetryDeadLettersCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RetryDeadLettersCommand.class);

    private final ViewDeadLetters operations;
    private final ConfigurableApplicationContext context;
    private final String group;
    private final boolean exitWhenDone;

    public RetryDeadLettersCommand(ViewDeadLetters operations, ConfigurableApplicationContext context,
                                   @Value("${jointcare.retry-dead-letters}") String group,
                                   @Value("${jointcare.rebuild.exit:true}") boolean exitWhenDone) {
        this.operations = operations;
        this.context = context;
        this.group = group.trim();
        this.exitWhenDone = exitWhenDone;
    }

    @Override
    public void run(ApplicationArguments args) {
        OperatorCommandExit.exit(context, exitWhenDone, execute());
    }

    /** Does the work and returns the exit code: 0 done, 1 failed. */
    public int execute() {
        int exitCode;
        try {
            RetryReport report = operations.retryDeadLetters(group);
            log.info("Retried {}", report);
            exitCode = report.stillDead() == 0 ? 0 : 1;
            if (exitCode != 0) {
                log.warn("View '{}' still has {} dead letter(s): list them with --jointcare.dead-letters={}",
                        group, report.stillDead(), group);
            }
        } catch (RuntimeException failed) {
            log.error("Retrying the dead letters of '{}' failed", group, failed);
            exitCode = 1;
        }
        return exitCode;
    }
}
