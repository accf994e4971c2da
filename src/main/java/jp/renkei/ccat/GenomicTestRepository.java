package jp.renkei.ccat;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-filtered on both sides: tests this hospital referred or runs. */
interface GenomicTestRepository extends JpaRepository<GenomicTest, Long> {

    Optional<GenomicTest> findByReferralId(long referralId);

    Optional<GenomicTest> findByPanelCaseId(long panelCaseId);

    /** Tenant-filtered: the records opened from these referrals. */
    @Query("select x.id from GenomicTest x where x.referralId in :referrals")
    List<Long> idsOfReferrals(java.util.Collection<Long> referrals);

    /** Tenant-filtered: the tests the hospital ordered for its own patient of this ID (no referral behind them). */
    @Query("select x.id from GenomicTest x where x.ownPatientId = :hospitalPatientId")
    List<Long> idsOfOwnPatient(String hospitalPatientId);
}
