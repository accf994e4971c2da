package jp.renkei.referral;

import java.time.Instant;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/** The receiving hospital has not acknowledged the referral by its deadline (announced once per spell). */
public record ReferralAcknowledgementOverdue(ReferralId referral, HospitalId referringHospital, HospitalId receivingHospital, Actor actor,
        Instant occurredAt, Instant acknowledgementDueAt) implements ReferralEvent {
}
