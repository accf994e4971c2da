package jp.renkei.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the tables store them, for the reads and writes that go past JPA: UTC wall time in {@code DATETIME(6)}
 * columns ({@code hibernate.jdbc.time_zone}), whatever the JVM's or the database's zone.
 */
public final class UtcColumns {

    private UtcColumns() {
    }

    /** The value to bind for an instant. */
    public static LocalDateTime of(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant in a column, or {@code null} when it is empty. */
    public static Instant read(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
