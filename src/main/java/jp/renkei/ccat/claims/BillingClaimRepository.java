package jp.renkei.ccat.claims;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Tenant-filtered on both sides, like the tests. */
interface BillingClaimRepository extends JpaRepository<BillingClaim, Long> {

    List<BillingClaim> findByTestIdIn(Collection<Long> testIds);
}
