package jp.renkei.expertpanel;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: only the hospital that opened the case sees its patient. */
interface PanelOwnPatientRepository extends JpaRepository<PanelOwnPatient, Long> {

    boolean existsByHospitalPatientId(String hospitalPatientId);
}
