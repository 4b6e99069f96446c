package org.jointcare.api.access;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** Installed on H2 by a migration: refuses every update or delete of the access log. */
public class AppendOnlyTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("access_log is append-only");
    }
}
