package jp.renkei.shared.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One line of the history that two hospitals share on a workflow record (a referral's timeline, a booking's
 * history, a panel case's): when, who for which hospital, what ({@code action}, the module's step name), the
 * person's note and a short machine-written detail (the new status, old → new time). Every such table has
 * the same columns after the owner's id ({@code referral_id}, {@code booking_id}): {@code position,
 * occurred_at, actor_user_id, actor_name, actor_hospital_id, action, note, detail}.
 */
@Embeddable
public record HistoryEntry(
        @Column(name = "occurred_at", nullable = false) Instant occurredAt,
        @Column(name = "actor_user_id") Long actorUserId,
        @Column(name = "actor_name", nullable = false) String actorName,
        @Column(name = "actor_hospital_id", nullable = false) long actorHospitalId,
        @Column(name = "action", nullable = false) String action,
        @Column(name = "note") String note,
        @Column(name = "detail") String detail) {

    public static HistoryEntry of(Actor actor, String action, String note, String detail, Instant at) {
        return new HistoryEntry(at, actor.isSystem() ? null : actor.user().value(), actor.name(),
                actor.hospital().value(), action, note == null || note.isBlank() ? null : note.strip(), detail);
    }
}
