package org.jointcare.views.operations;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command to rebuild views from the event store and exit:
 * {@code java -jar assessment-api.jar --jointcare.rebuild=<group>|all --spring.main.web-application-type=none}
 * (see docs/operations.md). It runs once the application has started, rebuilds the named view
 * (or every view), logs the reports and closes the application with exit code 0, or 1 when a
 * rebuild failed. Its siblings {@link DeadLettersCommand} and {@link RetryDeadLettersCommand} list
 * and retry a view's dead letters the same way.
 */
@Component
@ConditionalOnProperty("jointcare.rebuild")
public class RebuildViewsCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildViewsCommand.class);

    private final ViewRebuilds operations;
    private final ConfigurableApplicationContext context;
    private final String target;
    private final boolean exitWhenDone;

    public RebuildViewsCommand(ViewRebuilds operations, ConfigurableApplicationContext context,
                               @org.springframework.beans.factory.annotation.Value("${jointcare.rebuild}") String target,
                               @org.springframework.beans.factory.annotation.Value("${jointcare.rebuild.exit:true}") boolean exitWhenDone) {
        this.operations = operations;
        this.context = context;
        this.target = target.trim();
        this.exitWhenDone = exitWhenDone;
    }

    @Override
    public void run(ApplicationArguments args) {
        int exitCode = 0;
        try {
            List<RebuildReport> reports = "all".equalsIgnoreCase(target)
                    ? operations.rebuildAll()
                    : List.of(operations.rebuild(target));
            reports.forEach(report -> log.info("Rebuilt {}", report));
        } catch (RuntimeException failed) {
            log.error("Rebuilding '{}' failed", target, failed);
            exitCode = 1;
        }
        OperatorCommandExit.exit(context, exitWhenDone, exitCode);
    }
}
