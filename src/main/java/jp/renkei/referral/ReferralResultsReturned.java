package jp.renkei.referral;

import java.time.Instant;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/** The test results went back to the referrer. */
public record ReferralResultsReturned(ReferralId referral, HospitalId referringHospital, HospitalId receivingHospital, Actor actor,
        Instant occurredAt) implements ReferralEvent {
}
