package jp.renkei.counseling;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.renkei.shared.snapshot.TableSnapshot;

/**
 * Hands out this node's {@link CounselorSnapshot}, retaken whenever the counselor directory changed
 * ({@link TableSnapshot}, as the hospital directory is kept). The booking page reads the hours and leave of every
 * reachable counselor at every visit and at every day picked; from the tables that meant three queries and an entity
 * per row each time (about 5 % of the portal's CPU in the session 13 load profile). Must be called inside a
 * transaction. Only reads use it: booking locks the person's rows and reads them again ({@link PersonCalendar#lock}).
 */
@Component
class CounselorSnapshots {

    /**
     * What changes when the directory does: rows are inserted (ids never reused) or updated, never deleted, and every
     * update through {@link Counselor}, its hours and leave included, raises its optimistic-lock version. The two
     * counts catch hours and leave inserted or deleted by SQL, as the load benchmark's set-up does.
     */
    private static final String FINGERPRINT = """
            select (select count(*) from counselor), (select coalesce(sum(version), 0) from counselor),
                   (select coalesce(max(id), 0) from counselor), (select count(*) from counselor_window),
                   (select count(*) from counselor_exception)
            """;

    private final TableSnapshot<CounselorSnapshot> snapshot;

    CounselorSnapshots(JdbcClient jdbc, CounselorRepository counselors) {
        this.snapshot = new TableSnapshot<>(jdbc, FINGERPRINT, () -> CounselorSnapshot.of(counselors.findAll()));
    }

    CounselorSnapshot current() {
        return snapshot.current();
    }
}
