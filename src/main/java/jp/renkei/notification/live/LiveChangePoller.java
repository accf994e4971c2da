package jp.renkei.notification.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One per application node: every second, reads the changes of the last few seconds from the shared feed
 * and refreshes this node's subscribed screens once per new change.
 * <p>
 * It reads a time window and remembers the ids it has delivered, rather than only {@code id > lastSeen}:
 * ids are not committed in order (two transactions, or Galera nodes handing out interleaved
 * auto-increment ids), so a smaller id can appear after a larger one was read. The window also absorbs a
 * few seconds of clock difference between nodes.
 */
@Component
class LiveChangePoller {

    private static final Logger log = LoggerFactory.getLogger(LiveChangePoller.class);
    static final Duration LOOK_BACK = Duration.ofSeconds(10);
    static final Duration RETENTION = Duration.ofHours(1);

    private final LiveChangeFeed feed;
    private final LiveFanOut fanOut;
    private final Clock clock;
    private final Instant startedAt;
    private final Map<Long, Instant> delivered = new HashMap<>();

    LiveChangePoller(LiveChangeFeed feed, LiveFanOut fanOut, Clock clock) {
        this.feed = feed;
        this.fanOut = fanOut;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /**
     * Deliberately without a scheduler lock: every node polls, for its own screens. The interval is not
     * business time: a plain fixed delay.
     */
    @Scheduled(initialDelayString = "${renkei.live.poll-interval-ms:1000}",
            fixedDelayString = "${renkei.live.poll-interval-ms:1000}")
    void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Live change poll failed; retrying on the next tick", e);
        }
    }

    /** @return the topics delivered by this poll */
    synchronized Set<String> poll() {
        Instant windowStart = clock.instant().minus(LOOK_BACK);
        Instant since = windowStart.isAfter(startedAt) ? windowStart : startedAt;
        List<LiveChangeFeed.Row> rows = feed.since(since);
        Set<String> topics = new LinkedHashSet<>();
        for (LiveChangeFeed.Row row : rows) {
            if (delivered.putIfAbsent(row.id(), row.createdAt()) == null) {
                topics.add(row.topic());
            }
        }
        delivered.values().removeIf(createdAt -> createdAt.isBefore(since));
        if (!topics.isEmpty()) {
            fanOut.changed(topics);
        }
        return topics;
    }

    /** One node at a time prunes (the age is business time: the application's clock). */
    @Scheduled(initialDelay = 60_000, fixedDelay = 600_000)
    @SchedulerLock(name = "live-change-prune",
            lockAtLeastFor = "${renkei.scheduling.lock-at-least.live-change-prune:PT8M}")
    void prune() {
        int removed = feed.pruneOlderThan(clock.instant().minus(RETENTION));
        log.debug("Pruned {} live changes", removed);
    }
}
