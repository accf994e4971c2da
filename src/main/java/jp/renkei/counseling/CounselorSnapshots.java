package jp.renkei.counseling;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out this node's {@link CounselorSnapshot}, retaken whenever the counselor directory changed.
 *
 * <p>The booking page reads the hours and leave of every reachable counselor at every visit and at every day picked;
 * reading them from the tables meant three queries and an entity per row each time (about 5 % of the portal's CPU
 * in the session 13 load profile). Instead each call asks the database one cheap question, the tables'
 * {@link Fingerprint}, in the caller's transaction, and reuses the snapshot while the answer is the same. A change
 * made through any node or by SQL changes the fingerprint, so no node books against stale hours and nothing needs to
 * be told across nodes (the same design as the hospital directory's {@code DirectorySnapshots}). Must be called
 * inside a transaction, so that the fingerprint and a retaken snapshot come from one connection.
 *
 * <p>Only reads use it. Booking locks the person's rows and reads them again ({@link PersonCalendar#lock}).
 */
@Component
class CounselorSnapshots {

    /**
     * What changes when the directory does: rows are inserted (ids never reused) or updated, never deleted, and every
     * update through {@link Counselor}, its hours and leave included, raises its optimistic-lock version. The two
     * counts catch hours and leave inserted or deleted by SQL, as the load benchmark's set-up does.
     */
    record Fingerprint(long rows, long versions, long lastRow, long windows, long exceptions) {
    }

    private static final String FINGERPRINT = """
            select (select count(*) from counselor), (select coalesce(sum(version), 0) from counselor),
                   (select coalesce(max(id), 0) from counselor), (select count(*) from counselor_window),
                   (select count(*) from counselor_exception)
            """;

    private final JdbcClient jdbc;
    private final CounselorRepository counselors;
    private final AtomicReference<CounselorSnapshot> last = new AtomicReference<>();

    CounselorSnapshots(JdbcClient jdbc, CounselorRepository counselors) {
        this.jdbc = jdbc;
        this.counselors = counselors;
    }

    CounselorSnapshot current() {
        Fingerprint now = jdbc.sql(FINGERPRINT).query((rs, row) -> new Fingerprint(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5))).single();
        CounselorSnapshot known = last.get();
        if (known != null && known.fingerprint().equals(now)) {
            return known;
        }
        // Under READ COMMITTED a change committed between the two reads is in the rows but not in the fingerprint:
        // the next call then sees a different fingerprint and takes the snapshot again.
        CounselorSnapshot taken = CounselorSnapshot.of(now, counselors.findAll());
        last.set(taken);
        return taken;
    }
}
