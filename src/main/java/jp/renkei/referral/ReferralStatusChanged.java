package jp.renkei.referral;

import jp.renkei.shared.HospitalId;

/** A referral moved: for listeners in other modules (counseling, panels) and the audit trail. */
public record ReferralStatusChanged(ReferralId referral, HospitalId referringHospital, HospitalId receivingHospital,
        ReferralStep step, ReferralStatus status) {
}
