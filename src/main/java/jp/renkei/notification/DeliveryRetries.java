package jp.renkei.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries failed deliveries again with exponential backoff: one minute after the first failure, then two, four…
 * up to an hour between attempts, for as long as it takes (an email that never goes out is visible to network
 * admins on the stuck-deliveries page). Publications live in the database, so a restart loses none.
 */
@Component
class DeliveryRetries {

    private final FailedEventPublications failed;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;

    DeliveryRetries(FailedEventPublications failed, Clock clock,
            @Value("${renkei.delivery.first-retry:PT1M}") Duration firstDelay,
            @Value("${renkei.delivery.max-retry-interval:PT1H}") Duration maxDelay) {
        this.failed = failed;
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    @Scheduled(fixedDelayString = "${renkei.delivery.retry-check:PT30S}", initialDelayString = "PT30S")
    @SchedulerLock(name = "delivery-retries",
            lockAtLeastFor = "${renkei.scheduling.lock-at-least.delivery-retries:PT25S}")
    void retryDueDeliveries() {
        Instant now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults().withFilter(publication -> isDue(publication, now)));
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
