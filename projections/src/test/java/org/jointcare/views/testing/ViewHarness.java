package org.jointcare.views.testing;

import org.jointcare.testsupport.EmbeddedPostgresServer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jointcare.views.HandlerUndo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A view's tables in a fresh in-memory H2 database migrated by Flyway, its event handlers
 * driven the way a processor drives them (through Axon's annotation adapter, so parameter
 * resolution such as {@code @SequenceNumber} and {@code @ResetHandler} are exercised) and its
 * query handlers answering through a real {@link QueryGateway}.
 */
public final class ViewHarness {

    public static final String POSTGRES_URL = "views.test.postgres-url";
    public static final String EMBEDDED = "embedded";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final List<AnnotationEventHandlerAdapter> eventHandlers = new ArrayList<>();
    private final SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
    private final QueryGateway queryGateway = DefaultQueryGateway.builder().queryBus(queryBus).build();
    private int played;

    /**
     * An in-memory H2 database, or, when the system property {@value #POSTGRES_URL} names a
     * PostgreSQL database ({@code jdbc:postgresql://host:port/db?user=...}), a fresh schema there;
     * {@value #EMBEDDED} names a PostgreSQL server this JVM starts once for all its harnesses.
     */
    public ViewHarness() {
        String postgresUrl = System.getProperty(POSTGRES_URL);
        if (EMBEDDED.equals(postgresUrl)) {
            postgresUrl = EmbeddedPostgresServer.postgresDatabase();
        }
        if (postgresUrl == null || postgresUrl.isBlank()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:view-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            this.dataSource = h2;
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
        } else {
            String schema = "view_" + UUID.randomUUID().toString().replace("-", "");
            HikariDataSource postgres = new HikariDataSource();
            postgres.setJdbcUrl(postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            postgres.setMaximumPoolSize(2); // Flyway holds one connection while migrating on another
            postgres.setMinimumIdle(0);
            postgres.setIdleTimeout(10_000);
            this.dataSource = postgres;
            Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration/common").load().migrate();
        }
        this.jdbc = new JdbcTemplate(dataSource);
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public NamedParameterJdbcTemplate namedJdbc() {
        return namedJdbc;
    }

    /** Registers the view's projection components: their event handlers and their query handlers. */
    public ViewHarness handlers(Object... components) {
        for (Object component : components) {
            AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(component);
            eventHandlers.add(adapter);
            new AnnotationQueryHandlerAdapter<>(component).subscribe(queryBus);
        }
        return this;
    }

    /** Hands every event not yet played to the view, in order. */
    public ViewHarness play(EventLog log) {
        List<DomainEventMessage<?>> messages = log.messages();
        for (DomainEventMessage<?> message : messages.subList(played, messages.size())) {
            handle(message);
        }
        played = messages.size();
        return this;
    }

    /**
     * Hands every event not yet played to the view as a streaming processor does: in transactions
     * of {@code batchSize} events, each handler in a savepoint ({@link HandlerUndo} scope included).
     * A handler that throws has its savepoint rolled back and its event is left out, as a parked
     * event is; {@code failing} picks the events whose handlers are made to fail after they ran.
     * Answers the events left out.
     */
    public List<DomainEventMessage<?>> playInTransactions(EventLog log, int batchSize,
                                                          java.util.function.Predicate<DomainEventMessage<?>> failing) {
        List<DomainEventMessage<?>> messages = log.messages();
        List<DomainEventMessage<?>> parked = handleInTransactions(messages.subList(played, messages.size()), batchSize, failing);
        played = messages.size();
        return parked;
    }

    /** The given events, handled as {@link #playInTransactions} does (a retry of parked events, say). */
    public List<DomainEventMessage<?>> handleInTransactions(List<DomainEventMessage<?>> messages, int batchSize,
                                                            java.util.function.Predicate<DomainEventMessage<?>> failing) {
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        TransactionTemplate batch = new TransactionTemplate(transactions);
        DefaultTransactionDefinition savepoint = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_NESTED);
        List<DomainEventMessage<?>> parked = new ArrayList<>();
        for (int from = 0; from < messages.size(); from += batchSize) {
            List<DomainEventMessage<?>> slice = messages.subList(from, Math.min(messages.size(), from + batchSize));
            batch.executeWithoutResult(status -> {
                for (DomainEventMessage<?> message : slice) {
                    TransactionStatus handler = transactions.getTransaction(savepoint);
                    HandlerUndo.begin();
                    try {
                        handle(message);
                        if (failing.test(message)) {
                            throw new IllegalStateException("made to fail: " + message.getPayloadType().getSimpleName());
                        }
                    } catch (RuntimeException failure) {
                        HandlerUndo.rollback();
                        transactions.rollback(handler);
                        parked.add(message);
                        continue;
                    }
                    HandlerUndo.release();
                    transactions.commit(handler);
                }
            });
        }
        return parked;
    }

    /** Hands the whole log again from the start, as a replay would. */
    public ViewHarness replay(EventLog log) {
        played = 0;
        return play(log);
    }

    public void handle(DomainEventMessage<?> message) {
        for (AnnotationEventHandlerAdapter adapter : eventHandlers) {
            try {
                if (adapter.canHandle(message)) {
                    adapter.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException("Handling " + message.getPayloadType().getSimpleName() + " failed", e);
            }
        }
    }

    /** What a replay does first: every handler's reset. */
    public ViewHarness reset() {
        eventHandlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
        return this;
    }

    public <R> R ask(Object query, Class<R> responseType) {
        return queryGateway.query(query, ResponseTypes.instanceOf(responseType)).join();
    }

    public long count(String table) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        return count == null ? 0 : count;
    }

    /** Every row of a table, in a stable order, for comparing a rebuilt view with the live one. */
    public List<String> rows(String table, String orderBy) {
        return jdbc.query("SELECT * FROM " + table + " ORDER BY " + orderBy, (rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                row.append(rs.getMetaData().getColumnName(column)).append('=').append(rs.getObject(column)).append(' ');
            }
            return row.toString();
        });
    }

    /**
     * Proves a view can be dropped and rebuilt: after the log was played, a reset empties every
     * one of its tables, a replay brings them back row for row, and a second replay over the
     * live view (a redelivered batch) changes nothing.
     */
    public void assertRebuildsRowForRow(EventLog log, String... tables) {
        play(log);
        List<List<String>> live = snapshot(tables);
        reset();
        for (String table : tables) {
            assertThat(count(table)).as("%s after reset", table).isZero();
        }
        replay(log);
        assertThat(snapshot(tables)).as("rebuilt by replay").isEqualTo(live);
        replay(log);
        assertThat(snapshot(tables)).as("replayed over the live view").isEqualTo(live);
    }

    /** Every row of a table ordered by all its columns: rows that tie on the first ones come back in any order on PostgreSQL. */
    public List<String> rowsInFullOrder(String table) {
        return snapshot(table).get(0);
    }

    private List<List<String>> snapshot(String... tables) {
        List<List<String>> rows = new ArrayList<>();
        for (String table : tables) {
            // ordered by every column: rows that tie on the first ones come back in any order on PostgreSQL
            Integer columns = jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0",
                    (org.springframework.jdbc.core.ResultSetExtractor<Integer>) rs -> rs.getMetaData().getColumnCount());
            rows.add(rows(table, String.join(", ",
                    java.util.stream.IntStream.rangeClosed(1, columns).mapToObj(String::valueOf).toList())));
        }
        return rows;
    }
}
