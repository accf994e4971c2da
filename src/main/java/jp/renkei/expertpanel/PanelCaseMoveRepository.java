package jp.renkei.expertpanel;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelCaseMoveRepository extends JpaRepository<PanelCaseMove, Long> {

    List<PanelCaseMove> findByPanelCaseIdOrderByMovedAtAscIdAsc(long panelCaseId);
}
