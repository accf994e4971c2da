package jp.renkei.referral;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.audit.PatientOfHospital;
import jp.renkei.shared.audit.PatientRecordSubjects;
import jp.renkei.shared.audit.PatientReferrals;

/** A patient's referrals and their audit subjects, for the owning hospital's access history of the patient. */
@Component
class ReferralPatientRecords implements PatientReferrals, PatientRecordSubjects {

    private final ReferralRepository referrals;

    ReferralPatientRecords(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> referralsOf(HospitalId owner, String hospitalPatientId) {
        return referrals.idsOfPatient(owner.value(), hospitalPatientId);
    }

    @Override
    public List<String> subjectsOf(PatientOfHospital patient) {
        return patient.referrals().stream().map(id -> "referral:" + new ReferralId(id).display()).toList();
    }
}
