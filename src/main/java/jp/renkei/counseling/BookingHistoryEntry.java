package jp.renkei.counseling;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One change to a booking: booked, rescheduled, cancelled, no-show, outcome. */
@Embeddable
public record BookingHistoryEntry(@Column(name = "occurred_at") Instant occurredAt,
        @Column(name = "actor_name") String actorName, @Column(name = "action") String action,
        @Column(name = "starts_at") Instant startsAt, @Column(name = "note") String note) {
}
