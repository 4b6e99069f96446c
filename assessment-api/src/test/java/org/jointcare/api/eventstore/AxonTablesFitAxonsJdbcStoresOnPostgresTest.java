package org.jointcare.api.eventstore;

import org.jointcare.api.postgres.OnPostgres;

/**
 * Every test of {@link AxonTablesFitAxonsJdbcStoresTest} on PostgreSQL: the PostgreSQL migrations,
 * run from an empty database, make the tables Axon's stores read and write.
 */
@OnPostgres
class AxonTablesFitAxonsJdbcStoresOnPostgresTest extends AxonTablesFitAxonsJdbcStoresTest {
}
