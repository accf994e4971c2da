package jp.renkei.referral;

import java.time.Instant;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/** The receiving hospital ordered the gene-panel test. */
public record ReferralTestOrdered(ReferralId referral, HospitalId referringHospital, HospitalId receivingHospital, Actor actor,
        Instant occurredAt, String testName) implements ReferralEvent {
}
