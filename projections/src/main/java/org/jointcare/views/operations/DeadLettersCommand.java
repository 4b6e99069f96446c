package org.jointcare.views.operations;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's command to print a view's dead letters and exit:
 * {@code java -jar assessment-api.jar --jointcare.dead-letters=<group> --spring.main.web-application-type=none}
 * (see docs/operations.md). One line per parked event, in queue order: the person (care record
 * id), the event's type, its sequence on the record, its global index, when it was parked, how
 * often a retry failed, and the cause. Never the event's content. Exits 0, or 1 when the view is
 * unknown or the queue cannot be read.
 */
@Component
@ConditionalOnProperty("jointcare.dead-letters")
public class DeadLettersCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DeadLettersCommand.class);
    private static final int PAGE_SIZE = 500;

    private final ViewDeadLetters operations;
    private final ConfigurableApplicationContext context;
    private final String group;
    private final boolean exitWhenDone;
    private final PrintStream out;

    @Autowired
    public DeadLettersCommand(ViewDeadLetters operations, ConfigurableApplicationContext context,
                              @Value("${jointcare.dead-letters}") String group,
                              @Value("${jointcare.rebuild.exit:true}") boolean exitWhenDone) {
        this(operations, context, group, exitWhenDone, System.out);
    }

    public DeadLettersCommand(ViewDeadLetters operations, ConfigurableApplicationContext context, String group,
                              boolean exitWhenDone, PrintStream out) {
        this.operations = operations;
        this.context = context;
        this.group = group.trim();
        this.exitWhenDone = exitWhenDone;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        OperatorCommandExit.exit(context, exitWhenDone, execute());
    }

    /** Does the work and returns the exit code: 0 done, 1 failed. */
    public int execute() {
        int exitCode = 0;
        try {
            DeadLetterPage page = operations.deadLetters(group, 0, PAGE_SIZE);
            out.printf("View '%s': %d dead letter(s)%n", group, page.total());
            if (page.total() > 0) {
                out.println("care record id\tindex in queue\tevent type\tsequence\tglobal index\tenqueued at\tretries\tcause");
            }
            for (int number = 0; !page.deadLetters().isEmpty(); page = operations.deadLetters(group, ++number, PAGE_SIZE)) {
                page.deadLetters().forEach(letter -> out.println(line(letter)));
            }
            out.flush();
        } catch (RuntimeException failed) {
            log.error("Listing the dead letters of '{}' failed", group, failed);
            exitCode = 1;
        }
        return exitCode;
    }

    static String line(DeadLetterEntry letter) {
        return String.join("\t",
                letter.sequenceIdentifier(),
                String.valueOf(letter.indexInSequence()),
                letter.eventType(),
                letter.sequenceNumber() == null ? "-" : letter.sequenceNumber().toString(),
                letter.globalIndex() == null ? "-" : letter.globalIndex().toString(),
                letter.enqueuedAt() == null ? "-" : letter.enqueuedAt().toString(),
                String.valueOf(letter.retries()),
                letter.causeType() + ": " + oneLine(letter.causeMessage()));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }
}
