package jp.renkei.referral;

import java.time.Instant;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/** The receiving hospital set (or moved) the patient's visit. */
public record ReferralScheduled(ReferralId referral, HospitalId referringHospital, HospitalId receivingHospital, Actor actor,
        Instant occurredAt, ScheduledVisit visit) implements ReferralEvent {
}
