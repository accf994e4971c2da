package jp.renkei.referral;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<Patient, Long> {

    /** Tenant-filtered: only the current hospital's patient with that hospital patient ID. */
    Optional<Patient> findByHospitalPatientId(String hospitalPatientId);
}
