package org.jointcare.api.carerecord;

import org.jointcare.api.postgres.OnPostgres;

/** Every test of {@link NhsNumberClaimTest} on PostgreSQL, where racing claims meet its row locks. */
@OnPostgres
class NhsNumberClaimOnPostgresTest extends NhsNumberClaimTest {
}
