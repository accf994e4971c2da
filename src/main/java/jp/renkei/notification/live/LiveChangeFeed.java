package jp.renkei.notification.live;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.shared.UtcColumns;
import jp.renkei.shared.live.LiveChange;

/**
 * The {@code live_change} table: the database is what all application nodes share, so a change made on one
 * node reaches the screens open on every other. Times are stored as UTC wall time, like Hibernate's.
 */
@Component
class LiveChangeFeed {

    private static final Logger log = LoggerFactory.getLogger(LiveChangeFeed.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    private final TransactionTemplate ownTransaction;

    LiveChangeFeed(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * After the publisher's commit (never for a rollback), in a transaction of its own; published outside any
     * transaction, written at once. A plain listener with a commit callback rather than a
     * {@code @TransactionalEventListener}, which Spring Modulith would journal in its publication registry:
     * a lost row only delays a refresh until the next action, so a failure is logged, not retried.
     */
    @EventListener
    void on(LiveChange change) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    append(change);
                }
            });
        } else {
            append(change);
        }
    }

    void append(LiveChange change) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into live_change (topic, hospital_id, created_at) values (?, ?, ?)", change.topic(),
                    change.hospital() == null ? null : change.hospital().value(), UtcColumns.of(clock.instant())));
        } catch (DataAccessException | TransactionException e) {
            log.warn("Live change {} not recorded; open screens refresh on their next action", change.topic(), e);
        }
    }

    /** Changes written at or after {@code since}, oldest first. */
    List<Row> since(Instant since) {
        return jdbc.query("select id, topic, created_at from live_change where created_at >= ? order by id",
                (rs, n) -> new Row(rs.getLong(1), rs.getString(2), UtcColumns.read(rs, "created_at")),
                UtcColumns.of(since));
    }

    /** Drops changes older than {@code before}; returns how many. */
    int pruneOlderThan(Instant before) {
        return jdbc.update("delete from live_change where created_at < ?", UtcColumns.of(before));
    }

    record Row(long id, String topic, Instant createdAt) {
    }
}
