package jp.renkei.expertpanel;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PanelMemberRepository extends JpaRepository<PanelMember, Long> {

    List<PanelMember> findByPanelIdOrderByIdAsc(long panelId);
}
