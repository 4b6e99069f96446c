package org.jointcare.benchmarks.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.jointcare.testsupport.EmbeddedPostgresServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The JointCare application started inside the benchmark's JVM, on an H2 file in a directory of
 * the benchmark's choosing, with the application's own configuration (snapshots, cache, views)
 * unless an argument overrides it. The application class is reached by name: assessment-api is
 * a Spring Boot jar once packaged, so this module never compiles against it.
 */
public final class InProcessJointCare implements AutoCloseable {

    public static final String APPLICATION_CLASS = "org.jointcare.api.JointCareApplication";

    private final ConfigurableApplicationContext context;

    private InProcessJointCare(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts without a web server and without demo data; {@code extra} are more {@code --name=value} arguments. */
    public static InProcessJointCare start(Path dataDir, String... extra) {
        return start(dataDir, false, extra);
    }

    /** Starts with the demo directory and people, so the demo professionals can log in over HTTP on {@link #base()}. */
    public static InProcessJointCare startServing(Path dataDir, String... extra) {
        return start(dataDir, true, extra);
    }

    /**
     * Starts a node serving HTTP on a PostgreSQL database shared with other nodes, as
     * docs/operations.md runs several: the {@code postgres} profile and a node name of its own.
     * The demo directory is loaded only when {@code demoData} (start the first node with it).
     */
    public static InProcessJointCare startNode(String jdbcUrl, String user, String nodeName, boolean demoData, Path dataDir,
                                               String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=",
                "--jointcare.node-name=" + nodeName,
                "--jointcare.crypto.master-key=" + EmbeddedPostgresServer.MASTER_KEY));
        args.addAll(List.of(extra));
        return start(dataDir, demoData, args.toArray(String[]::new));
    }

    private static InProcessJointCare start(Path dataDir, boolean demoData, String... extra) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.main.banner-mode=off",
                "--jointcare.data-dir=" + dataDir.toAbsolutePath(),
                "--jointcare.demo-data.enabled=" + demoData,
                "--server.address=127.0.0.1",
                "--logging.level.root=warn",
                "--logging.level.org.jointcare=info"));
        args.addAll(List.of(extra));
        try {
            Class<?> application = Class.forName(APPLICATION_CLASS);
            return new InProcessJointCare(SpringApplication.run(application, args.toArray(String[]::new)));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("assessment-api's classes are not on the class path (build it first)", e);
        }
    }

    /** Where the application listens (loopback, a free port). */
    public java.net.URI base() {
        return java.net.URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    public CommandGateway commands() {
        return context.getBean(CommandGateway.class);
    }

    public QueryGateway queries() {
        return context.getBean(QueryGateway.class);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    public DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Object bean(String name) {
        return context.getBean(name);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
