package jp.renkei.counseling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.renkei.shared.UtcColumns;
import jp.renkei.shared.tenant.HospitalContext;

/**
 * Reads the booking page's list lines with plain SQL: only a line's columns, no entity. Hibernate never caches the
 * plan of a query under the hospital-scope filter every session has on, so as a JPA query the list was translated
 * anew at every visit of the page (src/docs/performance.md, "Session 14"). The hospital condition is written out:
 * the bookings this hospital made or hosts, as the filter would have added.
 */
@Component
class BookingLineReader {

    private static final String LINE = """
            select id, counselor_id, starts_at, ends_at, session_type, patient_name, status
            from counseling_booking where (origin_hospital_id = ? or partner_hospital_id = ?) and\s""";

    private final JdbcClient jdbc;
    private final HospitalContext hospital;

    BookingLineReader(JdbcClient jdbc, HospitalContext hospital) {
        this.jdbc = jdbc;
        this.hospital = hospital;
    }

    /** Bookings that ended between the two moments, latest first. */
    List<Line> endedBetween(Instant from, Instant now, int limit) {
        return lines("ends_at >= ? and ends_at <= ? order by starts_at desc, id desc limit ?", UtcColumns.of(from),
                UtcColumns.of(now), limit);
    }

    /** Bookings not ended by {@code now} that start before {@code to}, earliest first. */
    List<Line> ahead(Instant now, Instant to, int limit) {
        return lines("ends_at > ? and starts_at < ? order by starts_at, id limit ?", UtcColumns.of(now),
                UtcColumns.of(to), limit);
    }

    private List<Line> lines(String condition, Object... values) {
        long here = hospital.require().value();
        return jdbc.sql(LINE + condition).param(here).param(here).params(values)
                .query(BookingLineReader::line).list();
    }

    private static Line line(ResultSet row, int number) throws SQLException {
        return new Line(row.getLong("id"), row.getLong("counselor_id"),
                new TimeRange(UtcColumns.read(row, "starts_at"), UtcColumns.read(row, "ends_at")),
                SessionType.valueOf(row.getString("session_type")), row.getString("patient_name"),
                BookingStatus.valueOf(row.getString("status")));
    }

    /** A list line before its counselor is named. */
    record Line(long id, long counselorId, TimeRange slot, SessionType sessionType, String patientName,
            BookingStatus status) {

        BookingLine named(String counselorName) {
            return new BookingLine(id, slot, sessionType, patientName, counselorName, status);
        }
    }
}
