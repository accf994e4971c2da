package jp.renkei.shared.snapshot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * This node's copy of what {@code take} reads from some tables, retaken whenever a fingerprint of those tables
 * changes.
 *
 * <p>Pages read the hospital and counselor directories at almost every request; reading them from the tables each
 * time meant several queries and entities per request. Instead each {@link #current()} asks the database one cheap
 * question, the fingerprint (one row of numbers, e.g. counts, sums of versions, highest ids), in the caller's
 * transaction, and hands out the copy while the answer is the same. A change made through any node, or by SQL,
 * changes the fingerprint, so no node serves a stale copy and nothing needs to be told across nodes. The
 * fingerprint must change with every change that matters; each use documents why its numbers do.
 *
 * <p>Call it inside a transaction, so that the fingerprint and a retaken copy come from one connection. Under READ
 * COMMITTED a change committed between the two reads is in the copy but not in its fingerprint: the next call then
 * sees a different fingerprint and takes the copy again.
 */
public final class TableSnapshot<T> {

    private record Held<T>(List<Long> fingerprint, T copy) {
    }

    private final JdbcClient jdbc;
    private final String fingerprintSql;
    private final Supplier<T> take;
    private final AtomicReference<Held<T>> last = new AtomicReference<>();

    /**
     * @param fingerprintSql a query answering one row of numbers
     * @param take reads the tables into an immutable copy, shared by all requests of the node
     */
    public TableSnapshot(JdbcClient jdbc, String fingerprintSql, Supplier<T> take) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.fingerprintSql = Objects.requireNonNull(fingerprintSql, "fingerprintSql");
        this.take = Objects.requireNonNull(take, "take");
    }

    public T current() {
        List<Long> now = jdbc.sql(fingerprintSql).query((row, n) -> numbers(row)).single();
        Held<T> known = last.get();
        if (known != null && known.fingerprint().equals(now)) {
            return known.copy();
        }
        T taken = take.get();
        last.set(new Held<>(now, taken));
        return taken;
    }

    private static List<Long> numbers(ResultSet row) throws SQLException {
        List<Long> numbers = new ArrayList<>();
        for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
            numbers.add(row.getLong(column));
        }
        return List.copyOf(numbers);
    }
}
