package jp.renkei.expertpanel;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.shared.audit.PatientOfHospital;
import jp.renkei.shared.audit.PatientRecordSubjects;

/**
 * The panel cases of a patient as audit subjects, for the owner's access history of the patient: those opened from
 * the patient's referrals and those the hospital opened for its own patient (no referral behind them).
 */
@Component
class PanelCasePatientRecords implements PatientRecordSubjects {

    private final PanelCaseRepository records;
    private final PanelOwnPatientRepository ownPatients;

    PanelCasePatientRecords(PanelCaseRepository records, PanelOwnPatientRepository ownPatients) {
        this.records = records;
        this.ownPatients = ownPatients;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> subjectsOf(PatientOfHospital patient) {
        List<Long> referred = patient.referrals().isEmpty() ? List.of() : records.idsOfReferrals(patient.referrals());
        return Stream.concat(referred.stream(), ownPatients.caseIdsOfPatient(patient.hospitalPatientId()).stream())
                .map(id -> "panel_case:" + id).toList();
    }
}
