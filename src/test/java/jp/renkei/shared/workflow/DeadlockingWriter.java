package jp.renkei.shared.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Another writer on plain JDBC connections (the database's root, as a second application node would be another
 * client) that makes the service's next {@code rounds} transactions lose a real deadlock. Each round, in a
 * transaction of its own: writes ballast rows (so InnoDB, which rolls back the lighter of two deadlocked
 * transactions, picks the service's), locks the audit chain head that every audited write locks as it commits,
 * waits until the service's transaction, holding its own row locks, waits for that head, and then asks for the
 * service's row ({@code rowLock}): each waits for the other, and InnoDB refuses the service's commit with error
 * 1213, the code Galera's certification uses. Then the round rolls back; the next round has queued for the head
 * before that, so the service's retry meets it too.
 */
final class DeadlockingWriter implements AutoCloseable {

    private static final String HEAD = "select last_entry_id from audit_chain_head where id = 1 for update";
    private static final String HEAD_WAITERS = "select id from information_schema.processlist"
            + " where lower(info) like '%from audit_chain_head where id = 1 for update' and id <> connection_id()";

    private final DataSource root;
    private final String rowLock;
    private final long row;
    /** Each round's connection (its server thread id), known once the round has started. */
    private final Map<Integer, Long> roundConnections = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Future<Void>> rounds = new ArrayList<>();

    private DeadlockingWriter(DataSource application, String rowLock, long row) {
        this.root = new DriverManagerDataSource(((HikariDataSource) application).getJdbcUrl(), "root", "");
        this.rowLock = rowLock;
        this.row = row;
    }

    /**
     * Starts {@code rounds} rounds against {@code rowLock} (a {@code select … for update} of the row the service
     * writes, its id a parameter) and returns once the first holds the head: the service may write now.
     */
    static DeadlockingWriter start(DataSource application, int rounds, String rowLock, long row) throws Exception {
        DeadlockingWriter writer = new DeadlockingWriter(application, rowLock, row);
        CountDownLatch firstHoldsHead = new CountDownLatch(1);
        for (int round = 0; round < rounds; round++) {
            int index = round;
            writer.rounds.add(writer.threads.submit(() -> writer.round(index, rounds, firstHoldsHead)));
            if (round == 0 && !firstHoldsHead.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the first round never got the audit chain head");
            }
        }
        return writer;
    }

    private Void round(int index, int rounds, CountDownLatch firstHoldsHead) throws Exception {
        try (Connection connection = root.getConnection()) {
            connection.setAutoCommit(false);
            roundConnections.put(index, connectionId(connection));
            writeBallast(connection);
            query(connection, HEAD, null); // a later round queues here, ahead of the service's retry
            firstHoldsHead.countDown();
            awaitHeadWaitedForBy(thread -> !roundConnections.containsValue(thread)); // the service, rows locked
            long deadlocks = deadlocks();
            query(connection, rowLock, row); // the deadlock: InnoDB rolls the service's transaction back
            if (deadlocks() != deadlocks + 1) {
                throw new IllegalStateException("no deadlock: the service held no lock on the row");
            }
            if (index + 1 < rounds) {
                awaitHeadWaitedForBy(thread -> roundConnections.get(index + 1) instanceof Long next && next == thread);
            }
            connection.rollback();
        }
        return null;
    }

    /** The rows this round wrote, rolled back at its end, outweigh what the service wrote. */
    private static void writeBallast(Connection connection) throws SQLException {
        StringBuilder insert = new StringBuilder("insert into isolation_probe (hospital_id, label) values ");
        for (int i = 0; i < 300; i++) {
            insert.append(i == 0 ? "" : ", ").append("(1, 'deadlock ballast')");
        }
        try (PreparedStatement statement = connection.prepareStatement(insert.toString())) {
            statement.executeUpdate();
        }
    }

    /**
     * Returns once a connection {@code whose} waits for the head. Read from the process list, not from
     * {@code innodb_trx}: the head's lock is taken while its statement is still being optimised (a constant
     * primary-key read), and MariaDB 11.4 did not show that wait as a lock wait there.
     */
    private void awaitHeadWaitedForBy(LongPredicate whose) throws Exception {
        try (Connection observer = root.getConnection();
                PreparedStatement waiting = observer.prepareStatement(HEAD_WAITERS)) {
            for (int poll = 0; poll < 3000; poll++) {
                try (ResultSet rs = waiting.executeQuery()) {
                    while (rs.next()) {
                        if (whose.test(rs.getLong(1))) {
                            return;
                        }
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new IllegalStateException("nobody waited for the audit chain head within 30 s");
    }

    private long deadlocks() throws SQLException {
        try (Connection observer = root.getConnection();
                ResultSet rs = observer.createStatement().executeQuery("select variable_value from"
                        + " information_schema.global_status where variable_name = 'INNODB_DEADLOCKS'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long connectionId(Connection connection) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("select connection_id()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void query(Connection connection, String sql, Long parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setLong(1, parameter);
            }
            statement.executeQuery().close();
        }
    }

    /** Every round ended as planned: it took the service's row after the service lost the deadlock. */
    @Override
    public void close() throws Exception {
        try {
            for (Future<Void> round : rounds) {
                round.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
