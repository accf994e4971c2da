package jp.renkei.expertpanel;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered on both sides, like the cases. */
interface PanelReportRepository extends JpaRepository<PanelReport, Long> {

    Optional<PanelReport> findByPanelCaseId(long panelCaseId);
}
