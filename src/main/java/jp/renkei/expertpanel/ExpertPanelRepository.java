package jp.renkei.expertpanel;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: only the panels of the hospital in scope. */
interface ExpertPanelRepository extends JpaRepository<ExpertPanel, Long> {

    List<ExpertPanel> findAllByOrderByNameAsc();
}
