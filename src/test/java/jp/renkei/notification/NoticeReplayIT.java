package jp.renkei.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.notification.Notice;

/**
 * The registry marks a delivery complete after the delivery's own transaction; a crash in between (seen when
 * the database server was killed, DatabaseKilledDuringWritesFault) replays the delivery after the restart.
 * The replay must not put the notice in the bell a second time, and a mail it sends again is the same message
 * (one Message-ID), which mail clients show once.
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
    @Autowired
    NoticeMailer mailer;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

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

    @Test
    void aReplayedMailIsTheSameMessageAsTheFirst() throws Exception {
        Notice notice = new Notice(HospitalId.of(1), Role.CORE_COORDINATOR, "notice.referral.SUBMITTED",
                List.of("R-REPLAY-MAIL"), "referrals/1");

        mailer.email(notice); // sent on the mail threads: one message, a copy per coordinator's mailbox
        await().atMost(Duration.ofSeconds(20)).until(() -> messageIds().size() > 0);
        int copies = messageIds().size();
        mailer.email(notice); // the replay after a crash between the send and the recorded completion
        await().atMost(Duration.ofSeconds(20)).until(() -> messageIds().size() == 2 * copies);

        assertThat(messageIds()).as("both sends carry the notice's Message-ID")
                .containsOnly("<notice-" + notice.id() + "@renkei>");
    }

    private List<String> messageIds() throws jakarta.mail.MessagingException {
        List<String> ids = new java.util.ArrayList<>();
        for (var mail : smtp.getReceivedMessages()) {
            if (mail.getSubject().contains("R-REPLAY-MAIL")) {
                ids.add(mail.getMessageID());
            }
        }
        return ids;
    }

    private long stored(Notice notice) {
        return jdbc.queryForObject("select count(*) from notification where notice_id = ?", Long.class, notice.id());
    }
}
