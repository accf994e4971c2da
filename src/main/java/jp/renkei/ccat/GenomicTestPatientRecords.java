package jp.renkei.ccat;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.shared.audit.PatientOfHospital;
import jp.renkei.shared.audit.PatientRecordSubjects;

/**
 * The genomic tests of a patient as audit subjects, for the owner's access history of the patient: those opened from
 * the patient's referrals and those the hospital ordered for its own patient.
 */
@Component
class GenomicTestPatientRecords implements PatientRecordSubjects {

    private final GenomicTestRepository records;

    GenomicTestPatientRecords(GenomicTestRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> subjectsOf(PatientOfHospital patient) {
        List<Long> referred = patient.referrals().isEmpty() ? List.of() : records.idsOfReferrals(patient.referrals());
        return Stream.concat(referred.stream(), records.idsOfOwnPatient(patient.hospitalPatientId()).stream())
                .map(id -> "ccat_test:" + id).toList();
    }
}
