package jp.renkei.referral;

import java.time.Instant;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/** The referrer started a draft; the receiving hospital does not see it yet. */
public record ReferralDrafted(ReferralId referral, HospitalId referringHospital, HospitalId receivingHospital, Actor actor,
        Instant occurredAt) implements ReferralEvent {
}
