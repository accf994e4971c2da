package jp.renkei.counseling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;

/**
 * The counselor directory is kept per node, so hours changed through another node, or by SQL, must show on this
 * node's next booking page all the same: here the other node is plain SQL on the shared database, or the counselor
 * publishing through the service (which changes rows without changing how many there are).
 */
@RenkeiIntegrationTest
class CounselorSnapshotIT {

    @Autowired
    CounselorDirectory directory;
    @Autowired
    CounselorSnapshots snapshots;
    @Autowired
    AvailabilityService availability;
    @Autowired
    BookingService counseling;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void namesAndHoursChangedBySqlShowOnTheNextRead() {
        signIn.as("liaison");
        CounselorProfile before = directory.bookableCounselors().getFirst(); // this node now holds a snapshot
        assertThat(before.weekly()).isNotEmpty();
        List<Map<String, Object>> windows = jdbc.queryForList(
                "select * from counselor_window where counselor_id = ? order by position", before.id());
        try {
            // an update through Counselor on another node raises its optimistic-lock version with the change
            jdbc.update("update counselor set display_name = '別ノード 改名', version = version + 1 where id = ?",
                    before.id());
            assertThat(directory.profile(before.id()).displayName()).isEqualTo("別ノード 改名");

            jdbc.update("delete from counselor_window where counselor_id = ?", before.id());
            assertThat(directory.profile(before.id()).weekly()).isEmpty();
            assertThat(availability.freeSlots(SessionType.PRE_TEST, before.id())).isEmpty();
        } finally {
            jdbc.update("delete from counselor_window where counselor_id = ?", before.id());
            windows.forEach(w -> jdbc.update("insert into counselor_window (counselor_id, position, day_of_week, "
                    + "start_time, end_time) values (?, ?, ?, ?, ?)", w.get("counselor_id"), w.get("position"),
                    w.get("day_of_week"), w.get("start_time"), w.get("end_time")));
            jdbc.update("update counselor set display_name = ?, version = version + 1 where id = ?",
                    before.displayName(), before.id());
        }
        assertThat(directory.profile(before.id())).isEqualTo(before);
    }

    @Test
    void hoursMovedThroughTheServiceShowThoughNoRowWasAddedOrRemoved() {
        signIn.as("counselor");
        CounselorProfile mine = availability.myProfile();
        WeeklyWindow first = mine.weekly().getFirst();
        List<WeeklyWindow> moved = new ArrayList<>(mine.weekly());
        moved.set(0, new WeeklyWindow(first.day(), first.start(), first.end().minusMinutes(30)));
        signIn.as("liaison2");
        assertThat(directory.profile(mine.id()).weekly()).isEqualTo(mine.weekly()); // this node holds a snapshot
        try {
            signIn.as("counselor");
            availability.publishAvailability(mine.qualification(), mine.languages(), moved, mine.exceptions());

            signIn.as("liaison2");
            assertThat(directory.profile(mine.id()).weekly()).isEqualTo(moved);
        } finally {
            signIn.as("counselor");
            availability.publishAvailability(mine.qualification(), mine.languages(), mine.weekly(),
                    mine.exceptions());
        }
    }

    @Test
    void aBookingLeavesTheDirectoryAsItWas() {
        CounselorSnapshot before = transactions.execute(status -> snapshots.current());
        signIn.as("coordinator");
        SlotOffer offer = availability.freeSlots(SessionType.PRE_TEST, null).getLast();
        counseling.book(new BookingRequest(offer.counselor().id(), SessionType.PRE_TEST, offer.slot().start(), null,
                "SNAP-1", "スナップ 花子"));

        CounselorSnapshot after = transactions.execute(status -> snapshots.current());
        assertThat(after).isSameAs(before);
    }

    @Test
    void anUnchangedDirectoryIsNotReadAgain() {
        CounselorSnapshot first = transactions.execute(status -> snapshots.current());
        CounselorSnapshot second = transactions.execute(status -> snapshots.current());

        assertThat(second).isSameAs(first);
        assertThat(first.byId()).isNotEmpty();
    }
}
