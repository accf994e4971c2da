package jp.renkei.shared.audit;

import java.util.List;

import jp.renkei.shared.HospitalId;

/**
 * A patient as the owning hospital knows them: its own patient ID, and the referrals it made for them (from
 * {@link PatientReferrals}).
 */
public record PatientOfHospital(HospitalId owner, String hospitalPatientId, List<Long> referrals) {

    public PatientOfHospital {
        referrals = List.copyOf(referrals);
    }
}
