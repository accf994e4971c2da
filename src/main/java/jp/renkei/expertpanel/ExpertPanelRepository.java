package jp.renkei.expertpanel;

import java.util.List;
import java.util.Optional;

import jp.renkei.expertpanel.composition.TumourCategory;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered: only the panels of the hospital in scope. */
interface ExpertPanelRepository extends JpaRepository<ExpertPanel, Long> {

    List<ExpertPanel> findAllByOrderByNameAsc();

    Optional<ExpertPanel> findFirstByTumourCategoryOrderByIdAsc(TumourCategory category);
}
