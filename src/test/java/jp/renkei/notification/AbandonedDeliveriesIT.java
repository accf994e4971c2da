package jp.renkei.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiApplication;
import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.notification.Notice;

/**
 * Two application nodes on one database: this test's context is the node that is delivering a notice right now
 * (its registry rows young and unfinished), a second context is a node that starts meanwhile, as after a crash,
 * and finds also a notice abandoned ten minutes ago by a killed node. The starting node republishes nothing; its
 * delivery retries take the abandoned notice, once, and leave the one in flight to the node delivering it.
 */
@RenkeiIntegrationTest
class AbandonedDeliveriesIT {

    private static final String NOTICE = Notice.class.getName();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventSerializer serializer;

    @Test
    void aStartingNodeLeavesADeliveryInFlightAloneAndDeliversAnAbandonedOneExactlyOnce() throws Exception {
        List<String> listeners = noticeListeners();
        Notice inFlight = notice("R-IN-FLIGHT");
        Notice abandoned = notice("R-ABANDONED");
        List<String> inFlightRows = registered(inFlight, listeners, "PROCESSING", clock.instant().minusSeconds(5));
        List<String> abandonedRows = registered(abandoned, listeners, "PUBLISHED",
                clock.instant().minus(Duration.ofMinutes(10)));

        try (ConfigurableApplicationContext secondNode = startSecondNode()) {
            await().atMost(Duration.ofMinutes(3)).until(() -> completed(abandonedRows) == abandonedRows.size());
            int copies = mailsAbout(abandoned);
            secondNode.getBean(DeliveryRetries.class).retryDueDeliveries(); // the next rounds, on either node
            secondNode.getBean(DeliveryRetries.class).retryDueDeliveries();
            Thread.sleep(2000);

            assertThat(stored(abandoned)).as("the abandoned notice in the bell").isEqualTo(1);
            assertThat(copies).as("its mail, one copy per coordinator").isPositive();
            assertThat(mailsAbout(abandoned)).as("and not sent again").isEqualTo(copies);
            assertThat(jdbc.queryForList("select COMPLETION_ATTEMPTS from EVENT_PUBLICATION where ID in ("
                    + placeholders(abandonedRows) + ")", Integer.class, abandonedRows.toArray()))
                    .as("resubmitted once per listener").containsOnly(1);

            assertThat(completed(inFlightRows)).as("the delivery in flight on the other node, untouched").isZero();
            assertThat(jdbc.queryForList("select STATUS from EVENT_PUBLICATION where ID in ("
                    + placeholders(inFlightRows) + ")", String.class, inFlightRows.toArray())).containsOnly("PROCESSING");
            assertThat(stored(inFlight)).isZero();
            assertThat(mailsAbout(inFlight)).isZero();
        } finally {
            jdbc.update("delete from EVENT_PUBLICATION where ID in (" + placeholders(inFlightRows) + ")",
                    inFlightRows.toArray());
        }
    }

    /** Who delivers a notice (in-app and by mail), as the registry names them: from one notice delivered here. */
    private List<String> noticeListeners() {
        Notice first = notice("R-WARM-UP");
        transactions.executeWithoutResult(tx -> events.publishEvent(first));
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(first) == 1);
        return jdbc.queryForList("select distinct LISTENER_ID from EVENT_PUBLICATION where EVENT_TYPE = ?",
                String.class, NOTICE);
    }

    private static Notice notice(String referral) {
        return new Notice(HospitalId.of(1), Role.CORE_COORDINATOR, "notice.referral.SUBMITTED", List.of(referral),
                "referrals/1");
    }

    /** The registry's rows for {@code notice} as a node that took it and then died leaves them. */
    private List<String> registered(Notice notice, List<String> listeners, String status, Instant publishedAt) {
        List<String> ids = new ArrayList<>();
        for (String listener : listeners) {
            String id = UUID.randomUUID().toString();
            jdbc.update("""
                    insert into EVENT_PUBLICATION (ID, LISTENER_ID, EVENT_TYPE, SERIALIZED_EVENT, PUBLICATION_DATE,
                        STATUS, COMPLETION_ATTEMPTS) values (?, ?, ?, ?, ?, ?, 0)""", id, listener, NOTICE,
                    serializer.serialize(notice).toString(), Timestamp.from(publishedAt), status);
            ids.add(id);
        }
        return ids;
    }

    /**
     * The application again on this test's database, as a second node that has just started: its own scheduled
     * jobs, the production threshold for abandoned deliveries, its clock where this node's is now.
     */
    private ConfigurableApplicationContext startSecondNode() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        return new SpringApplicationBuilder(RenkeiApplication.class).profiles("it").run(
                "--spring.datasource.url=" + pool.getJdbcUrl(),
                "--spring.datasource.username=" + pool.getUsername(),
                "--spring.datasource.password=" + (pool.getPassword() == null ? "" : pool.getPassword()),
                "--spring.flyway.enabled=false",
                "--server.port=0",
                "--renkei.clock.start=" + OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                "--renkei.delivery.abandoned-after=PT5M");
    }

    private int completed(List<String> rows) {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is not null and ID in ("
                + placeholders(rows) + ")", Integer.class, rows.toArray());
    }

    private int stored(Notice notice) {
        return jdbc.queryForObject("select count(*) from notification where notice_id = ?", Integer.class,
                notice.id());
    }

    private int mailsAbout(Notice notice) throws jakarta.mail.MessagingException {
        int copies = 0;
        for (var mail : smtp.getReceivedMessages()) {
            if (("<notice-" + notice.id() + "@renkei>").equals(mail.getMessageID())) {
                copies++;
            }
        }
        return copies;
    }

    private static String placeholders(List<String> rows) {
        return String.join(", ", rows.stream().map(row -> "?").toList());
    }
}
