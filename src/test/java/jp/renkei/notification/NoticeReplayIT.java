package jp.renkei.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.notification.Notice;

/**
 * The registry marks a delivery complete after the delivery's own transaction; a crash in between (seen when
 * the database server was killed, DatabaseKilledDuringWritesFault) replays the delivery after the restart.
 * The replay must not put the notice in the bell a second time.
 */
@RenkeiIntegrationTest
class NoticeReplayIT {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    NoticeDelivery delivery;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReplayedDeliveryOfAStoredNoticeStoresNothing() {
        Notice notice = new Notice(HospitalId.of(1), Role.CORE_COORDINATOR, "notice.referral.SUBMITTED",
                List.of("R-REPLAY"), "referrals/1");
        transactions.executeWithoutResult(tx -> events.publishEvent(notice));
        await().atMost(Duration.ofSeconds(20)).until(() -> stored(notice) == 1);

        delivery.deliver(notice); // what the restarted node does with a delivery whose completion was lost

        assertThat(stored(notice)).as("notifications of the one notice").isEqualTo(1);
        assertThat(new Notice(HospitalId.of(1), Role.CORE_COORDINATOR, "notice.referral.SUBMITTED",
                List.of("R-REPLAY"), "referrals/1").id()).as("a second notice of the same text is another notice")
                .isNotEqualTo(notice.id());
    }

    private long stored(Notice notice) {
        return jdbc.queryForObject("select count(*) from notification where notice_id = ?", Long.class, notice.id());
    }
}
