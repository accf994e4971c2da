package jp.renkei.notification.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.shared.live.LiveChange;
import jp.renkei.shared.live.LiveTopics;

/**
 * The change feed in the real database: a committed change is written and reaches every node's poller once,
 * a rolled-back one never does, ids committed out of order are not lost, and old rows are pruned.
 */
@RenkeiIntegrationTest
class LiveChangeFeedIT {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    LiveChangeFeed feed;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    /** Two application nodes share the database; each has its own poller and its own screens. */
    private final List<Set<String>> nodeA = new ArrayList<>();
    private final List<Set<String>> nodeB = new ArrayList<>();

    @Test
    void committedChangeReachesEveryNodeOnceAndRolledBackOneNever() {
        LiveChangePoller pollerA = new LiveChangePoller(feed, nodeA::add, clock);
        LiveChangePoller pollerB = new LiveChangePoller(feed, nodeB::add, clock);
        String committed = LiveTopics.referral(910_001);
        String rolledBack = LiveTopics.referral(910_002);

        transactions.executeWithoutResult(tx -> events.publishEvent(new LiveChange(committed)));
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new LiveChange(rolledBack));
            tx.setRollbackOnly();
        });

        assertThat(pollerA.poll()).contains(committed).doesNotContain(rolledBack);
        assertThat(pollerB.poll()).contains(committed).doesNotContain(rolledBack);
        assertThat(pollerA.poll()).as("each change is delivered once").doesNotContain(committed);
        assertThat(nodeA).anySatisfy(topics -> assertThat(topics).contains(committed));
        assertThat(nodeB).anySatisfy(topics -> assertThat(topics).contains(committed));
        assertThat(count(rolledBack)).isZero();
    }

    @Test
    void changeCommittedWithASmallerIdAfterALargerOneIsStillDelivered() {
        LiveChangePoller poller = new LiveChangePoller(feed, nodeA::add, clock);
        String late = LiveTopics.booking(920_001);
        String early = LiveTopics.booking(920_002);
        insert(early, 990_000_002L, clock.instant());
        assertThat(poller.poll()).contains(early);

        insert(late, 990_000_001L, clock.instant());

        assertThat(poller.poll()).containsExactly(late);
    }

    @Test
    void changesFromBeforeANodeStartedAreNotReplayed() {
        String old = LiveTopics.booking(920_010); // a topic nothing else in the running portal touches
        insert(old, 990_000_010L, clock.instant().minusSeconds(5));

        LiveChangePoller freshNode = new LiveChangePoller(feed, nodeA::add, clock);

        assertThat(freshNode.poll()).doesNotContain(old);
    }

    @Test
    void pruningDropsChangesOlderThanTheRetention() {
        Instant now = clock.instant();
        insert("referral:930001", 990_000_020L, now.minus(LiveChangePoller.RETENTION).minus(Duration.ofMinutes(1)));
        insert("referral:930002", 990_000_021L, now.minus(Duration.ofMinutes(5)));

        new LiveChangePoller(feed, nodeA::add, clock).prune();

        assertThat(count("referral:930001")).isZero();
        assertThat(count("referral:930002")).isOne();
    }

    private void insert(String topic, long id, Instant at) {
        jdbc.update("insert into live_change (id, topic, created_at) values (?, ?, ?)", id, topic,
                LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    private int count(String topic) {
        return jdbc.queryForObject("select count(*) from live_change where topic = ?", Integer.class, topic);
    }
}
