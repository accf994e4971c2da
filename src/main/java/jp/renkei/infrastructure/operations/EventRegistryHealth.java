package jp.renkei.infrastructure.operations;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness probe ({@code eventPublications}): down while events wait undelivered longer than
 * {@code renkei.operations.stalled-events-after} (15 minutes) without having failed. A query that cannot reach
 * the database is down too. Details (the counts) are shown to network admins only.
 */
@Component("eventPublications")
class EventRegistryHealth extends AbstractHealthIndicator {

    private final EventBacklog backlog;
    private final Duration stalledAfter;

    EventRegistryHealth(EventBacklog backlog,
            @Value("${renkei.operations.stalled-events-after:PT15M}") Duration stalledAfter) {
        super("The event publication registry could not be read");
        this.backlog = backlog;
        this.stalledAfter = stalledAfter;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        long stalled = backlog.stalledLongerThan(stalledAfter);
        (stalled == 0 ? health.up() : health.down())
                .withDetail("stalled", stalled)
                .withDetail("stalledAfter", stalledAfter.toString());
    }
}
