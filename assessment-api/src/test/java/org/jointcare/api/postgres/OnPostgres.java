package org.jointcare.api.postgres;

import org.jointcare.testsupport.EmbeddedPostgresServer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;

/**
 * Runs a Spring test class on PostgreSQL instead of the H2 file: the {@code postgres} profile, as
 * a deployment uses it, on a fresh database of the {@link EmbeddedPostgresServer}. Put it on a
 * subclass of an H2 test class, so the same tests run on both engines; Spring caches the context
 * as it does the H2 one, so classes with the same configuration share one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = OnPostgres.FreshDatabase.class)
public @interface OnPostgres {

    /** Points the context's DataSource at a database of its own, created empty. */
    class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + EmbeddedPostgresServer.freshDatabase("jointcare"),
                    "spring.datasource.username=" + EmbeddedPostgresServer.USER,
                    "spring.datasource.password=",
                    "jointcare.crypto.master-key=" + EmbeddedPostgresServer.MASTER_KEY).applyTo(context);
        }
    }
}
