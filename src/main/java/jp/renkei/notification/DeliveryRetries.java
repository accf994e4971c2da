package jp.renkei.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed deliveries again with exponential backoff: one minute after the first failure, then two, four…
 * up to an hour between attempts, for as long as it takes (an email that never goes out is visible to network
 * admins on the stuck-deliveries page). Publications live in the database, so a restart loses none.
 * <p>
 * A delivery that a node took and never finished (the node was killed) is abandoned once it is older than
 * {@code renkei.delivery.abandoned-after}: counted as failed and tried again like one. A live node finishes a
 * delivery in seconds (mail gives up after its timeouts), so a younger one may be in flight on another node and is
 * left alone. This replaces Spring Modulith's republishing on restart, which resubmits every incomplete
 * publication, also those the other node is delivering at that moment. The job runs on one node per round
 * (ShedLock), and the registry resubmits a publication only if it can mark it resubmitted first.
 */
@Component
class DeliveryRetries {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRetries.class);

    private final FailedEventPublications failed;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration abandonedAfter;

    DeliveryRetries(FailedEventPublications failed, JdbcTemplate jdbc, Clock clock,
            @Value("${renkei.delivery.first-retry:PT1M}") Duration firstDelay,
            @Value("${renkei.delivery.max-retry-interval:PT1H}") Duration maxDelay,
            @Value("${renkei.delivery.abandoned-after:PT5M}") Duration abandonedAfter) {
        this.failed = failed;
        this.jdbc = jdbc;
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.abandonedAfter = abandonedAfter;
    }

    @Scheduled(fixedDelayString = "${renkei.delivery.retry-check:PT30S}", initialDelayString = "PT30S")
    @SchedulerLock(name = "delivery-retries",
            lockAtLeastFor = "${renkei.scheduling.lock-at-least.delivery-retries:PT25S}")
    void retryDueDeliveries() {
        Instant now = clock.instant();
        int abandoned = markAbandonedAsFailed(now.minus(abandonedAfter));
        if (abandoned > 0) {
            log.info("{} deliveries left unfinished for more than {} count as failed and are tried again", abandoned,
                    abandonedAfter);
        }
        failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> isDue(publication, now)));
    }

    /**
     * One statement, so a delivery that completes meanwhile is never marked: the row is matched and changed under
     * its lock. A resubmitted one counts from its last resubmission, a first delivery from its publication.
     */
    private int markAbandonedAsFailed(Instant before) {
        Timestamp cutoff = Timestamp.from(before);
        return jdbc.update("""
                update EVENT_PUBLICATION set STATUS = 'FAILED'
                where COMPLETION_DATE is null
                  and (STATUS in ('PUBLISHED', 'PROCESSING') and PUBLICATION_DATE < ?
                       or STATUS = 'RESUBMITTED' and LAST_RESUBMISSION_DATE < ?)""", cutoff, cutoff);
    }

    boolean isDue(EventPublication publication, Instant now) {
        Instant lastTry = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !now.isBefore(lastTry.plus(backoff(publication.getCompletionAttempts())));
    }

    /** 1, 2, 4, … minutes after the n-th failed attempt, never more than the maximum. */
    Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
