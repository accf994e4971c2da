package jp.renkei.expertpanel;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered on both sides, as the case. */
interface PanelCaseVariantRepository extends JpaRepository<PanelCaseVariant, Long> {

    List<PanelCaseVariant> findByPanelCaseIdOrderByIdAsc(long panelCaseId);

    List<PanelCaseVariant> findByPanelCaseIdIn(Collection<Long> panelCaseIds);
}
