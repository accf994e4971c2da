package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;

/**
 * The booking page's list of a busy hospital stays bounded: the latest sessions of the past week and the nearest
 * coming ones, never the thousands a busy hospital hosts (the load benchmark's 1,000 people ran the portal out of
 * heap with the whole list on every open page). The sessions are written straight into the table inside the test's
 * transaction, which rolls back: no other test sees them. Demo: 東都 (1) hosts counselor 白石; "coordinator" works
 * there.
 */
@RenkeiIntegrationTest
class BookingListBoundsIT {

    @Autowired
    BookingService counseling;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    @Transactional
    void aBusyHospitalSeesTheLatestEndedAndTheNearestComingSessionsInTimeOrder() {
        signIn.as("coordinator");
        Instant now = clock.instant();
        long[] counselor = jdbc.queryForObject("select c.id, c.user_id, c.hospital_id from counselor c "
                + "join user_account u on u.id = c.user_id where u.username = 'counselor' and c.hospital_id = 1",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        // two sessions a day at 03:00 and 04:00 Japan time (18:00 and 19:00 UTC), when no demo session is held
        Instant first = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(18));
        for (int day = -6; day <= 100; day++) {
            insert(counselor, first.plus(Duration.ofDays(day)), "上限 試験" + day);
            insert(counselor, first.plus(Duration.ofDays(day)).plus(Duration.ofHours(1)), "上限 試験" + day + "b");
        }

        BookingLines lines = counseling.visibleBookingLines();

        assertThat(lines.shown()).hasSize(BookingLines.ENDED_SHOWN + BookingLines.AHEAD_SHOWN);
        assertThat(lines.moreAhead()).as("more coming sessions than shown").isTrue();
        assertThat(lines.shown()).extracting(line -> line.slot().start()).isSorted();
        List<Long> ended = ids("ends_at >= ? and ends_at <= ? order by starts_at desc, id desc",
                now.minus(Duration.ofDays(7)), now, BookingLines.ENDED_SHOWN);
        List<Long> ahead = ids("ends_at > ? and starts_at < ? order by starts_at, id",
                now, now.plus(Duration.ofDays(365)), BookingLines.AHEAD_SHOWN);
        assertThat(lines.shown().subList(0, BookingLines.ENDED_SHOWN)).extracting(BookingLine::id)
                .as("the latest sessions of the past week").containsExactlyInAnyOrderElementsOf(ended);
        assertThat(lines.shown().subList(BookingLines.ENDED_SHOWN, lines.shown().size())).extracting(BookingLine::id)
                .as("the nearest coming sessions").containsExactlyElementsOf(ahead);
        assertThat(lines.shown()).extracting(BookingLine::patientName).doesNotContain("上限 試験100");
    }

    private void insert(long[] counselor, Instant start, String patientName) {
        Timestamp from = Timestamp.from(start);
        Timestamp to = Timestamp.from(start.plus(Duration.ofHours(1)));
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into counseling_booking (origin_hospital_id, partner_hospital_id, counselor_id, "
                + "counselor_user_id, patient_hospital_pid, patient_name, session_type, status, starts_at, ends_at, "
                + "active_start, video_url, ics_uid, booked_by_user_id, booked_by_name, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, 'PRE_TEST', 'BOOKED', ?, ?, ?, 'https://video.example/renkei-bounds', "
                + "?, ?, '上限 試験', ?, ?)", counselor[2], counselor[2], counselor[0], counselor[1],
                "BND-" + start.getEpochSecond(), patientName, from, to, from, "bounds-" + start.getEpochSecond(),
                counselor[1], now, now);
    }

    /** What the hospital holds, straight from the table: the sessions the list should show. */
    private List<Long> ids(String condition, Instant from, Instant to, int limit) {
        return jdbc.queryForList("select id from counseling_booking where (origin_hospital_id = 1 or "
                + "partner_hospital_id = 1) and " + condition + " limit " + limit, Long.class, Timestamp.from(from),
                Timestamp.from(to));
    }
}
