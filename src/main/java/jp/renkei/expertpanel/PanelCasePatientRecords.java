package jp.renkei.expertpanel;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.shared.audit.PatientOfHospital;
import jp.renkei.shared.audit.PatientRecordSubjects;

/** The records opened from a patient's referrals as audit subjects, for the owner's access history of the patient. */
@Component
class PanelCasePatientRecords implements PatientRecordSubjects {

    private final PanelCaseRepository records;

    PanelCasePatientRecords(PanelCaseRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> subjectsOf(PatientOfHospital patient) {
        if (patient.referrals().isEmpty()) {
            return List.of();
        }
        return records.idsOfReferrals(patient.referrals()).stream().map(id -> "panel_case:" + id).toList();
    }
}
