package jp.renkei.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice, email or reminder that has not been delivered yet: which listener, what kind of event, since when,
 * how many attempts. Never the event's content, which may name a patient.
 */
public record StuckDelivery(UUID id, String listener, String eventType, Instant publishedAt, String status,
        int attempts, Instant lastAttemptAt) {
}
