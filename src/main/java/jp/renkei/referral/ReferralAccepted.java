package jp.renkei.referral;

import java.time.Instant;
import java.util.Set;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/** The receiving hospital took the patient on for {@code services}; {@code cancerTypeCode} is the OncoTree code. */
public record ReferralAccepted(ReferralId referral, HospitalId referringHospital, HospitalId receivingHospital, Actor actor,
        Instant occurredAt, Set<RequestedService> services, String cancerTypeCode) implements ReferralEvent {
}
