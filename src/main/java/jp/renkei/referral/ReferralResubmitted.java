package jp.renkei.referral;

import java.time.Instant;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/** The referrer answered the receiver's question and sent the referral again. */
public record ReferralResubmitted(ReferralId referral, HospitalId referringHospital, HospitalId receivingHospital, Actor actor,
        Instant occurredAt, String answer, Instant acknowledgementDueAt) implements ReferralEvent {
}
