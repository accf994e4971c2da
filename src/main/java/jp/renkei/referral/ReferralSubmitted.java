package jp.renkei.referral;

import java.time.Instant;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/** The referrer sent the referral; the receiver must acknowledge it by {@code acknowledgementDueAt} (exclusive). */
public record ReferralSubmitted(ReferralId referral, HospitalId referringHospital, HospitalId receivingHospital, Actor actor,
        Instant occurredAt, Instant acknowledgementDueAt) implements ReferralEvent {
}
