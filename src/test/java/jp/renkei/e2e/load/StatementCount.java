package jp.renkei.e2e.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongSupplier;

/**
 * The statements the database has run (MariaDB's global {@code Questions}), less the ones this counter sent to read
 * it: around a probe step, how many SQL statements the step cost, which the load of the machine does not change.
 * The portal's background work (change feed, scheduler) counts too when it runs during a step.
 */
public final class StatementCount implements LongSupplier, AutoCloseable {

    private final Connection db;
    private long reads;

    public StatementCount(String jdbcUrl) throws SQLException {
        db = DriverManager.getConnection(jdbcUrl, "root", "");
    }

    @Override
    public long getAsLong() {
        try (Statement sql = db.createStatement();
                ResultSet status = sql.executeQuery("show global status like 'Questions'")) {
            status.next();
            return status.getLong(2) - ++reads;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
