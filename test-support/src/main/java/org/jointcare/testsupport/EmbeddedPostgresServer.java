package org.jointcare.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL server per test JVM, started on first use by the tests themselves (so the build
 * needs only Java and Maven, no database server) and stopped when the JVM exits. A caller either
 * takes a database of its own ({@link #freshDatabase}), so tests never see each other's rows and
 * each starts from an empty schema, or the {@code postgres} database ({@link #postgresDatabase})
 * to make schemas of its own there.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";

    /**
     * The master key every application on this JVM's server is started with: nodes and restarts on
     * one database must share one key, as docs/operations.md says (under the {@code postgres}
     * profile none is generated). Random per JVM, like the databases, so no key is in the sources.
     */
    public static final String MASTER_KEY = newMasterKey();

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** A JDBC URL to a new, empty database on the shared server, its name starting with {@code prefix}. */
    public static String freshDatabase(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on the embedded PostgreSQL", e);
        }
        return server().getJdbcUrl(USER, name);
    }

    /** The server's version, as it reports it ({@code SHOW server_version}), for benchmarks to name. */
    public static String version() {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery("SHOW server_version")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the embedded PostgreSQL its version", e);
        }
    }

    /** A JDBC URL to the server's {@code postgres} database. */
    public static String postgresDatabase() {
        return server().getJdbcUrl(USER, "postgres");
    }

    private static String newMasterKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // every Spring test context and view harness keeps a pool open while it is cached
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "400").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting and the server's directory is temporary
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }
}
