package org.jointcare.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/** JointCare runs on its own database only: no Axon Server, no vendor update checks. */
@SpringBootTest
class NoAxonServerAndNoPhoningHomeTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Test
    void theAxonServerConnectorIsNotEvenOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("org.axonframework.axonserver.connector.AxonServerConnectionManager"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(context.getBeanNamesForType(Object.class))
                .noneMatch(name -> name.toLowerCase().contains("axonserver"));
    }

    @Test
    void eventsTokensAndSagasLiveInTheApplicationsOwnDatabase() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        assertThat(context.getBean(SagaStore.class)).isInstanceOf(JdbcSagaStore.class);
        assertThat(context.getBean(DataSource.class)).isInstanceOfSatisfying(HikariDataSource.class,
                dataSource -> assertThat(dataSource.getJdbcUrl()).startsWith("jdbc:h2:file:"));
    }

    @Test
    void theUpdateCheckerIsSwitchedOff() {
        assertThat(environment.getProperty("axoniq.update-checker.disabled", Boolean.class)).isTrue();
        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
    }
}
