package org.jointcare.api.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The operator's offline compaction of the embedded H2 file, with the application stopped:
 * {@code java -jar assessment-api.jar --jointcare.compact} (with the same {@code --jointcare.data-dir}
 * as the application). It runs H2's {@code SHUTDOWN COMPACT}, which copies every live page into a
 * new file and replaces the old one, logs the size before and after and exits 0 (1 when it failed).
 * It runs before the application would start (no views, no web server, no Axon): only the
 * configuration is read, to find the same database the application uses. The running
 * application never needs it ({@link StoreHousekeeping}); it is for a file grown before the
 * housekeeping existed, or to hand back space after data was removed.
 */
public final class CompactStoreCommand {

    static final String ARGUMENT = "--jointcare.compact";

    private static final Logger log = LoggerFactory.getLogger(CompactStoreCommand.class);

    private CompactStoreCommand() {
    }

    /** Whether the command line asks for the compaction (then nothing else runs). */
    public static boolean requested(String... args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals(ARGUMENT) || arg.startsWith(ARGUMENT + "="));
    }

    /** Compacts the database the configuration names; returns the exit code. */
    public static int run(String... args) {
        String url;
        String user;
        String password;
        try (ConfigurableApplicationContext configuration = new SpringApplicationBuilder(OnlyTheConfiguration.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Environment environment = configuration.getEnvironment();
            url = environment.getRequiredProperty("spring.datasource.url");
            user = environment.getProperty("spring.datasource.username", "");
            password = environment.getProperty("spring.datasource.password", "");
        }
        if (!url.startsWith("jdbc:h2:file:")) {
            log.error("--jointcare.compact is for the embedded H2 file; the configured database is {}", url.split(";")[0]);
            return 1;
        }
        Path file = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0] + ".mv.db");
        if (!Files.exists(file)) {
            log.error("No H2 file at {}: nothing to compact (is --jointcare.data-dir the application's?)", file.toAbsolutePath());
            return 1;
        }
        try {
            long before = Files.size(file);
            // IFEXISTS: never create an empty database where the operator pointed by mistake
            try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            long after = Files.size(file);
            log.info("Compacted {}: {} bytes before, {} bytes after", file.toAbsolutePath(), before, after);
            return 0;
        } catch (SQLException | java.io.IOException | RuntimeException failed) {
            // a running application holds the file's lock: H2 refuses, and the file is untouched
            log.error("Compacting {} failed (is the application still running?)", file.toAbsolutePath(), failed);
            return 1;
        }
    }

    /** Nothing but the configuration: no component scan, no auto-configuration. */
    @Configuration(proxyBeanMethods = false)
    static class OnlyTheConfiguration {
    }
}
