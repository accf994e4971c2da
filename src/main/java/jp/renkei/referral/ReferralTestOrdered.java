package jp.renkei.referral;

import java.time.Instant;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.workflow.Actor;

/**
 * The receiving hospital ordered the gene-panel test. {@code standardTreatment} is where the patient stood with standard
 * treatment then (null if the referral did not say), the axis of the network's treatment-access figure.
 */
public record ReferralTestOrdered(ReferralId referral, HospitalId referringHospital, HospitalId receivingHospital, Actor actor,
        Instant occurredAt, String testName, StandardTreatmentStatus standardTreatment) implements ReferralEvent {
}
