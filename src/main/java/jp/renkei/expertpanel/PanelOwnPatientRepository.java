package jp.renkei.expertpanel;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered: only the hospital that opened the case sees its patient. */
interface PanelOwnPatientRepository extends JpaRepository<PanelOwnPatient, Long> {

    boolean existsByHospitalPatientId(String hospitalPatientId);

    /** Tenant-filtered: the cases the hospital opened for its own patient of this ID. */
    @Query("select x.panelCaseId from PanelOwnPatient x where x.hospitalPatientId = :hospitalPatientId")
    List<Long> caseIdsOfPatient(String hospitalPatientId);
}
