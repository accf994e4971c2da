package jp.renkei.referral;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a referral's life: who did what, for which hospital, when and why. */
@Embeddable
public record TimelineEntry(
        @Column(name = "occurred_at") Instant occurredAt,
        @Column(name = "actor_user_id") long actorUserId,
        @Column(name = "actor_name") String actorName,
        @Column(name = "actor_hospital_id") long actorHospitalId,
        @Enumerated(EnumType.STRING) @Column(name = "event_type") ReferralStep step,
        @Enumerated(EnumType.STRING) @Column(name = "to_status") ReferralStatus toStatus,
        @Column(name = "note") String note) {
}
