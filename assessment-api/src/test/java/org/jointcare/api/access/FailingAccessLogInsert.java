package org.jointcare.api.access;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** For tests: an H2 trigger that makes the insert of any access-log row whose correlation id starts with "fail-" fail. */
public class FailingAccessLogInsert implements Trigger {

    /** Column 10 of access_log is correlation_id. */
    private static final int CORRELATION_ID = 9;

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow[CORRELATION_ID] instanceof String id && id.startsWith("fail-")) {
            throw new SQLException("access log insert refused for the test");
        }
    }
}
