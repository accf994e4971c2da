package jp.renkei.shared.audit;

import java.util.List;

import jp.renkei.shared.HospitalId;

/** The referrals a hospital made for its patient, found by the hospital's own patient ID (the referral module). */
public interface PatientReferrals {

    List<Long> referralsOf(HospitalId owner, String hospitalPatientId);
}
