package org.jointcare.api.delivery;

import org.jointcare.testsupport.EmbeddedPostgresServer;
import org.junit.jupiter.api.BeforeEach;

/**
 * Notice delivery on PostgreSQL (the {@code postgres} profile, as a deployment runs it): every
 * test of {@link NoticeDeliveryTest}, on a fresh database of the embedded server, restart included.
 */
class NoticeDeliveryOnPostgresTest extends NoticeDeliveryTest {

    private String databaseUrl;

    @BeforeEach
    void freshDatabase() {
        databaseUrl = EmbeddedPostgresServer.freshDatabase("jointcare");
    }

    @Override
    protected String[] arguments() {
        return new String[] {
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                "--spring.datasource.password=",
                "--jointcare.crypto.master-key=" + EmbeddedPostgresServer.MASTER_KEY};
    }
}
