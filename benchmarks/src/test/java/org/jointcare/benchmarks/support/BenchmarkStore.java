package org.jointcare.benchmarks.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jointcare.testsupport.EmbeddedPostgresServer;

/**
 * Where a benchmark's application keeps its events, tokens and views: its H2 file (the default, as
 * the README's start command runs it) or a new, empty database on a PostgreSQL server, as the
 * {@code postgres} profile runs it. Benchmarks that take {@code -Djointcare.benchmarks.engines=h2,postgres}
 * measure each in turn in one run and compare each with the first.
 *
 * <p>The PostgreSQL server is the embedded one the tests start, unless
 * {@code -Djointcare.benchmarks.postgres.url} names another, e.g. Debian's from
 * {@code scripts/two-nodes.sh postgres}: {@code -Djointcare.benchmarks.postgres.url=jdbc:postgresql://127.0.0.1:5433/postgres
 * -Djointcare.benchmarks.postgres.user=jointcare -Djointcare.benchmarks.postgres.password=…}. That user must
 * be allowed to create databases ({@code ALTER ROLE jointcare CREATEDB}): each benchmark gets a fresh one,
 * which is left behind for a look afterwards.
 */
public record BenchmarkStore(String engine, String jdbcUrl, String user, String password, List<String> applicationArguments,
                             String description) {

    /** The engines named by {@code -Djointcare.benchmarks.engines} (default {@code h2}), in order. */
    public static List<String> enginesAsked() {
        return Arrays.stream(System.getProperty("jointcare.benchmarks.engines", "h2").split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    /** A new, empty store on {@code engine}; an H2 file lives in {@code dataDir}. */
    public static BenchmarkStore fresh(String engine, Path dataDir) {
        return switch (engine) {
            case "h2" -> new BenchmarkStore(engine, "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/jointcare;DB_CLOSE_ON_EXIT=FALSE",
                    "sa", "", List.of(), "H2 file");
            case "postgres" -> freshPostgres();
            default -> throw new IllegalArgumentException("engine " + engine + ": h2 or postgres");
        };
    }

    private static BenchmarkStore freshPostgres() {
        String server = System.getProperty("jointcare.benchmarks.postgres.url");
        if (server == null) {
            String url = EmbeddedPostgresServer.freshDatabase("bench");
            return postgres(url, EmbeddedPostgresServer.USER, "", "embedded PostgreSQL " + EmbeddedPostgresServer.version());
        }
        String user = System.getProperty("jointcare.benchmarks.postgres.user", "jointcare");
        String password = System.getProperty("jointcare.benchmarks.postgres.password", "");
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "");
        String version;
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            try (ResultSet result = statement.executeQuery("SHOW server_version")) {
                result.next();
                version = result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a benchmark database on " + server + " as " + user
                    + " (that user must be allowed to create databases)", e);
        }
        int lastSlash = server.lastIndexOf('/');
        int query = server.indexOf('?', lastSlash);
        String url = server.substring(0, lastSlash + 1) + name + (query < 0 ? "" : server.substring(query));
        return postgres(url, user, password, "PostgreSQL " + version + " at " + server.substring(0, lastSlash) + ", database " + name);
    }

    private static BenchmarkStore postgres(String url, String user, String password, String description) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                // every node of one database unwraps the personal-data keys with the same master key
                "--jointcare.crypto.master-key=" + EmbeddedPostgresServer.MASTER_KEY));
        return new BenchmarkStore("postgres", url, user, password, List.copyOf(arguments), description);
    }

    /** A plain JDBC connection to the store, for what a benchmark does beside the application (a data set, a ceiling). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** The application's arguments for this store, followed by {@code extra}. */
    public String[] withArguments(String... extra) {
        List<String> all = new ArrayList<>(applicationArguments);
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }
}
