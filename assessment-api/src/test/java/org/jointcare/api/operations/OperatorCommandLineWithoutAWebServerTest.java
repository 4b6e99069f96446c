package org.jointcare.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jointcare.api.JointCareApplication;
import org.jointcare.views.operations.DeadLettersCommand;
import org.jointcare.views.operations.RetryDeadLettersCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

/**
 * docs/operations.md tells the operator to run the command-line view operations with
 * {@code --spring.main.web-application-type=none}: the application must start that way, with
 * no web security to set up and no server to listen, and run the command it was given.
 */
class OperatorCommandLineWithoutAWebServerTest {

    @TempDir
    Path dataDir;

    @Test
    void the_dead_letter_commands_start_and_run_without_a_web_server() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JointCareApplication.class)
                .web(WebApplicationType.NONE)
                .run("--jointcare.data-dir=" + dataDir.toAbsolutePath(),
                        "--jointcare.demo-data.enabled=false",
                        "--jointcare.dead-letters=own-record",
                        "--jointcare.retry-dead-letters=own-record",
                        // stay up for the assertions instead of exiting the test's JVM
                        "--jointcare.rebuild.exit=false")) {
            assertThat(context.getBeansOfType(SecurityFilterChain.class)).isEmpty();
            assertThat(context.getBean(DeadLettersCommand.class).execute()).isZero();
            assertThat(context.getBean(RetryDeadLettersCommand.class).execute()).isZero();
        }
    }
}
