package org.jointcare.api.eventstore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jointcare.testsupport.EmbeddedPostgresServer;

/**
 * The gap query on PostgreSQL, where a deployment with several nodes runs it: the same rows in
 * the same order as Axon's default, on the PostgreSQL migration's table. How the database reads
 * them is H2's proof only (PostgreSQL chooses its plan from statistics), so that test is not
 * repeated here.
 */
class ReadEventsWithGapsBySeekOnPostgresTest extends ReadEventsWithGapsBySeekTest {

    @Override
    protected Connection emptyEventStore() throws SQLException {
        Connection postgres = DriverManager.getConnection(EmbeddedPostgresServer.freshDatabase("jointcare"), EmbeddedPostgresServer.USER, "");
        try (Statement ddl = postgres.createStatement();
                InputStream migration = getClass().getResourceAsStream("/db/migration/postgresql/V1_1__axon_event_store.sql")) {
            ddl.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return postgres;
    }

    @Override
    void h2SeeksThePrimaryKeyInsteadOfReadingTheWholeStore() {
        // not a test here: EXPLAIN ANALYZE's scan count is H2's
    }
}
