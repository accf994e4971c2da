package jp.renkei.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.notification.Notice;

/**
 * Which open bells read their count again (performance.md, "Profile of the load, session 9"): a notice to the
 * counselors of 東都 changes what the counselors' bells follow, not the coordinator's, whose count it leaves as
 * it was; a read mark changes only the reader's own bells.
 */
@RenkeiIntegrationTest
class UnreadCountTopicsIT {

    private static final HospitalId TOTO = HospitalId.of(1);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    NotificationInbox inbox;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aNoticeToCounselorsWakesTheCounselorsBellsAndNotTheCoordinators() {
        signIn.as("coordinator");
        Set<String> coordinatorBell = inbox.liveTopics();
        long coordinatorUnread = inbox.countForCurrentUser();
        signIn.as("counselor");
        Set<String> counselorBell = inbox.liveTopics();
        long counselorUnread = inbox.countForCurrentUser();
        long changesBefore = noticeChanges();

        transactions.executeWithoutResult(tx -> events.publishEvent(new Notice(TOTO, Role.GENETIC_COUNSELOR,
                "notice.counseling.BOOKED", List.of("2026-12-03 10:00"), "counseling/bookings/1")));
        await().atMost(Duration.ofSeconds(20)).until(() -> noticeChanges() > changesBefore);

        List<String> changed = noticeTopicsAfter(changesBefore);
        assertThat(changed).as("the counselors' bells follow the change").anyMatch(counselorBell::contains);
        assertThat(changed.stream().filter(counselorBell::contains)).as("the coordinator's bell is not woken")
                .noneMatch(coordinatorBell::contains);
        assertThat(inbox.countForCurrentUser()).as("the counselor's count").isEqualTo(counselorUnread + 1);
        signIn.as("coordinator");
        assertThat(inbox.countForCurrentUser()).as("the coordinator's count").isEqualTo(coordinatorUnread);
    }

    @Test
    void aReadMarkWakesOnlyTheReadersBells() {
        signIn.as("counselor");
        Set<String> counselorBell = inbox.liveTopics();
        signIn.as("coordinator");
        Set<String> coordinatorBell = inbox.liveTopics();
        long changesBefore = noticeChanges();

        inbox.markAllReadForCurrentUser();

        List<String> changed = noticeTopicsAfter(changesBefore);
        assertThat(changed).as("the coordinator's other tabs follow").anyMatch(coordinatorBell::contains);
        assertThat(changed.stream().filter(coordinatorBell::contains)).as("the counselor's bell is not woken")
                .noneMatch(counselorBell::contains);
        assertThat(inbox.countForCurrentUser()).isZero();
    }

    private long noticeChanges() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from live_change where topic like 'notices:%'",
                Long.class);
    }

    private List<String> noticeTopicsAfter(long id) {
        return jdbc.queryForList("select topic from live_change where topic like 'notices:%' and id > ?",
                String.class, id);
    }
}
