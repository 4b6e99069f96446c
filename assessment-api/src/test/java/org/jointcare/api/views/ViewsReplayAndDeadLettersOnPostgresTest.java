package org.jointcare.api.views;

import org.jointcare.api.postgres.OnPostgres;

/**
 * Every test of {@link ViewsReplayAndDeadLettersTest}, on PostgreSQL: every view's SQL, its
 * rebuild row for row, and the dead-letter queue.
 */
@OnPostgres
class ViewsReplayAndDeadLettersOnPostgresTest extends ViewsReplayAndDeadLettersTest {
}
