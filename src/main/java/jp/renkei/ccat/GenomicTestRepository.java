package jp.renkei.ccat;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered on both sides: tests this hospital referred or runs. */
interface GenomicTestRepository extends JpaRepository<GenomicTest, Long> {

    Optional<GenomicTest> findByReferralId(long referralId);

    Optional<GenomicTest> findByPanelCaseId(long panelCaseId);
}
