package org.jointcare.api.web;

import org.jointcare.api.postgres.OnPostgres;

/** Every test of {@link SharingRulesTest}, on PostgreSQL. */
@OnPostgres
class SharingRulesOnPostgresTest extends SharingRulesTest {
}
