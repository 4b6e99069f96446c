package org.jointcare.api.web;

import org.jointcare.api.postgres.OnPostgres;

/** Every test of {@link ConcurrentRequestsTest}, on PostgreSQL. */
@OnPostgres
class ConcurrentRequestsOnPostgresTest extends ConcurrentRequestsTest {
}
