package jp.renkei.ccat.completeness;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered on both sides, like the tests. */
interface ClinicalItemEntryRepository extends JpaRepository<ClinicalItemEntry, Long> {

    List<ClinicalItemEntry> findByTestIdIn(Collection<Long> testIds);
}
